package org.newsquiz.core.facts;

import java.util.Objects;
import org.newsquiz.core.text.Span;

/**
 * A sum of money or a percentage as written: "€4.2 billion" is prefix "€", number "4.2", suffix " billion".
 * {@code span} covers the whole figure in the normalised text.
 */
public record Amount(String prefix, String number, String suffix, boolean percentage, int sentence, Span span) {
    public Amount {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(span, "span");
    }

    public String text() {
        return prefix + number + suffix;
    }

    public double value() {
        return Double.parseDouble(number.replace(",", ""));
    }

    /** Digits after the decimal point as written. */
    public int decimals() {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    /** The same figure with another number, in the same notation: 3.8 gives "€3.8 billion". */
    public String with(double other) {
        String digits = String.format(java.util.Locale.ROOT, number.contains(",") ? "%,." + decimals() + "f" : "%." + decimals() + "f", other);
        return prefix + digits + suffix;
    }

    /** Prefix and suffix, the unit two figures must share to be compared. */
    public String unit() {
        return prefix + "|" + suffix.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
