package org.newsquiz.core.exchange;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Numbers as the text formats write them: plain decimals, no exponent, no trailing zeros. */
final class Numbers {
    private Numbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A percentage with at most five decimals, as Moodle writes grade fractions. */
    static String percent(double value) {
        return format(BigDecimal.valueOf(value).setScale(5, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    static OptionalDouble parse(String text) {
        String trimmed = text.trim();
        if (!trimmed.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
