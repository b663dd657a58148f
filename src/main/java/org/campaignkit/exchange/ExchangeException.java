package org.campaignkit.exchange;

/** A translation file that cannot be written or read; the message is for the person, naming file and place. */
public class ExchangeException extends Exception {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
