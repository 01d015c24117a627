package org.newsquiz.web.quiz;

import java.security.SecureRandom;
import java.util.Locale;

/** Short join codes from letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
public final class JoinCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a tidied code could be one at all (letters and digits, at most 12); anything else matches no quiz. */
    public static boolean plausible(String code) {
        return code.matches("[A-Z0-9]{1,12}");
    }

    /** What a student typed, tidied: upper case, spaces and dashes removed. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
