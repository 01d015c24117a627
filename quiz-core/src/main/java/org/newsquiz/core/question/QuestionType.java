package org.newsquiz.core.question;

/** The kinds of question the core produces; names are part of the JSON contract. */
public enum QuestionType {
    MULTIPLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    FILL_IN_BLANK,
    MATCHING,
    ORDERING,
    NUMERIC,
    QUOTE_ATTRIBUTION;

    /** Types whose answers are a subset of the options. */
    public boolean isChoice() {
        return this == MULTIPLE_CHOICE || this == MULTIPLE_RESPONSE || this == TRUE_FALSE || this == QUOTE_ATTRIBUTION;
    }

    /** Types with exactly one correct option. */
    public boolean isSingleAnswer() {
        return this == MULTIPLE_CHOICE || this == TRUE_FALSE || this == QUOTE_ATTRIBUTION;
    }
}
