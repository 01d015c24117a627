package org.newsquiz.web.quiz;

/** A student's name as typed or listed: trimmed, inner spaces collapsed, so "Ann  Lee" and "Ann Lee" are one. */
public final class StudentNames {
    public static final int MAX_LENGTH = 100;

    private StudentNames() {
    }

    /** The tidied name, or {@code null} when it is empty, too long or holds control characters. */
    public static String tidy(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        boolean usable = !name.isEmpty() && name.length() <= MAX_LENGTH && name.chars().noneMatch(Character::isISOControl);
        return usable ? name : null;
    }
}
