package org.dunwell.dunning.domain.outbox;

/** Hands one email to the mail server; a failure is an exception with the server's reason. */
public interface MailTransport {

    /**
     * An email with one PDF attached, or plain text when {@code pdf} is null; {@code messageId} identifies it (the
     * same on every attempt).
     */
    record Mail(String to, String subject, String text, String attachmentName, byte[] pdf, String messageId) {
    }

    void send(Mail mail) throws MailFailure;

    /** Why the mail server did not take a message. */
    final class MailFailure extends Exception {

        private static final long serialVersionUID = 1L;

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
