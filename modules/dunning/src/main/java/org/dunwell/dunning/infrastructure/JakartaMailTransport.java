package org.dunwell.dunning.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Sends through Jakarta Mail with the server's mail session {@code mail/dunwell} (server.xml: SMTP host, port, TLS,
 * credentials and the sender address from the {@code dunwell.smtp.*} variables): a text part and the PDF, with the
 * outbox's Message-ID on every attempt. Without a session every send fails with that reason (the outbox retries).
 */
@ApplicationScoped
public class JakartaMailTransport implements MailTransport {

    @Resource(lookup = "mail/dunwell")
    private Session session;
    private String from;

    public JakartaMailTransport() {
    }

    /** Over a session of the caller's, from {@code from} (null: the session's {@code mail.from}). */
    public JakartaMailTransport(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    @Override
    public void send(Mail mail) throws MailFailure {
        if (session == null) {
            throw new MailFailure("no mail session mail/dunwell is configured", null);
        }
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", mail.messageId());
                }
            };
            if (from == null) {
                message.setFrom();
            } else {
                message.setFrom(new InternetAddress(from));
            }
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.pdf() == null) {
                message.setText(mail.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart pdf = new MimeBodyPart();
                pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.pdf(), "application/pdf")));
                pdf.setFileName(mail.attachmentName());
                message.setContent(new MimeMultipart(text, pdf));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
