package org.newsquiz.core.exchange;

/** A whole file could not be read: its message is one line a teacher can act on. */
public class ExchangeException extends Exception {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
