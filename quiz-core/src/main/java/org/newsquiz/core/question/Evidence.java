package org.newsquiz.core.question;

import java.util.Objects;

/** A passage of the article's body: {@code text} equals {@code body.substring(start, end)}. */
public record Evidence(String text, int start, int end) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("evidence span [" + start + "," + end + ") does not fit its text");
        }
    }

    /** The evidence for {@code body[start, end)}. */
    public static Evidence of(String body, int start, int end) {
        return new Evidence(body.substring(start, end), start, end);
    }
}
