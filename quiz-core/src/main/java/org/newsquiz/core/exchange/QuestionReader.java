package org.newsquiz.core.exchange;

/** A format questions can be imported from. Implementations are stateless and thread-safe. */
public interface QuestionReader extends QuestionFormat {
    /**
     * Reads every question of the file. Items that cannot become a valid question are reported in
     * {@link ImportResult#problems()}, so a caller wanting all-or-nothing imports only when that list is empty.
     *
     * @throws ExchangeException when the file as a whole is empty, too large, truncated or not in this format
     */
    ImportResult read(byte[] data) throws ExchangeException;
}
