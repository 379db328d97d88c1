package org.dunwell.dunning.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.dunwell.dunning.domain.outbox.MailTransport;

/**
 * Sends through Jakarta Mail with the session the server configures (SMTP host, port, TLS, credentials and sender
 * from server.xml variables): a text part and the PDF, with the outbox's Message-ID on every attempt.
 */
public class JakartaMailTransport implements MailTransport {

    private final Session session;
    private final String from;

    public JakartaMailTransport(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    @Override
    public void send(Mail mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", mail.messageId());
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.pdf(), "application/pdf")));
            pdf.setFileName(mail.attachmentName());
            message.setContent(new MimeMultipart(text, pdf));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
