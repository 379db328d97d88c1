package org.dunwell.server.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The demo's mail server: GreenMail inside the server, SMTP on {@code dunwell.smtp.port} and IMAP on
 * {@code dunwell.demo.imapPort}, on 127.0.0.1 only, when {@code dunwell.demo.mailServer} is true (the demo
 * setting; production sets it false). The outbox sends to it as to any mail server; a user reads what arrived over
 * IMAP (user and password: the recipient's address) or at {@code GET /api/v1/demo/mailbox}. A port taken by
 * something else leaves the demo without its mail server, logged, and the outbox keeps retrying.
 */
@ApplicationScoped
public class DemoMailServer {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    @Inject
    @ConfigProperty(name = "dunwell.demo.mailServer", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "dunwell.smtp.port", defaultValue = "3025")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "dunwell.demo.imapPort", defaultValue = "3143")
    int imapPort;

    private GreenMail server;

    /** A message that arrived: to whom, its subject, when, and the names of its attachments. */
    @Schema(name = "ReceivedEmail", description = "An email the demo's mail server received: recipient, subject,"
            + " when it was sent, its Message-ID and the names of its attachments.")
    public record Received(String to, String subject, String sentAt, String messageId, List<String> attachments) {
    }

    void start(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        try {
            GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            mail.start();
            server = mail;
            LOG.info("Demo mail server: SMTP 127.0.0.1:" + smtpPort + ", IMAP 127.0.0.1:" + imapPort
                    + " (user and password: the recipient's address); GET /api/v1/demo/mailbox lists what arrived");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo mail server did not start (port " + smtpPort + " or " + imapPort
                    + " taken?); emails wait in the outbox", e);
        }
    }

    /** What arrived, oldest first; empty when the demo mail server does not run. */
    public Optional<List<Received>> received() {
        if (server == null) {
            return Optional.empty();
        }
        List<Received> received = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                received.add(new Received(String.valueOf(message.getAllRecipients()[0]), message.getSubject(),
                        message.getSentDate() == null ? null : message.getSentDate().toInstant().toString(),
                        message.getMessageID(), attachments(message)));
            } catch (MessagingException | IOException e) {
                LOG.log(Level.FINE, "an unreadable message in the demo mailbox", e);
            }
        }
        return Optional.of(received);
    }

    private static List<String> attachments(MimeMessage message) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())
                        || parts.getBodyPart(i).getFileName() != null) {
                    names.add(parts.getBodyPart(i).getFileName());
                }
            }
        }
        return names;
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
