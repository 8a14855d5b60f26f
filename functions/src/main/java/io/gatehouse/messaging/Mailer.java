package io.gatehouse.messaging;

/** Delivers one e-mail, synchronously: when this returns, the SMTP server accepted it. */
interface Mailer {

    /**
     * @throws MailFailedException when the message was not accepted; the caller retries
     */
    void send(OutgoingMail mail);

    /** Thrown when the server did not accept the message. Never carries the message's content. */
    final class MailFailedException extends RuntimeException {
        public MailFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
