package org.newsquiz.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: at least 12 characters, not only spaces, at most 72 bytes (bcrypt reads no more),
 * and not a common password or a simple variant of one (the lists under {@code security/} in the resources).
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    private static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = Set.copyOf(read("security/common-passwords.txt"));
    private static final List<String> WALKS = read("security/keyboard-walks.txt").stream()
            .flatMap(walk -> java.util.stream.Stream.of(walk.repeat(3), new StringBuilder(walk.repeat(3)).reverse()
                    .toString())).collect(Collectors.toList());

    private PasswordRules() {
    }

    /** Why the password may not be used, or empty when it may. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of("The password may not be only spaces.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The password may have at most " + MAX_BYTES + " bytes.");
        }
        if (isCommon(password)) {
            return Optional.of("This password is one of the most common ones or a simple variant of one; choose a"
                    + " phrase of your own, such as a few unrelated words.");
        }
        return Optional.empty();
    }

    /** The password itself, or its letters without the digits and symbols around them, is common or repetitive. */
    static boolean isCommon(String password) {
        String compact = password.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", "");
        String core = compact.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        for (String candidate : List.of(compact, core, unswapped(compact), unswapped(core))) {
            if (COMMON.contains(candidate) || candidate.matches("(.{1,6})\\1+")) {
                return true;
            }
        }
        return WALKS.stream().anyMatch(walk -> walk.contains(compact));
    }

    /** Undoes the swaps of letters for look-alike digits and symbols (p@ssw0rd). */
    private static String unswapped(String password) {
        return password.replace('@', 'a').replace('4', 'a').replace('3', 'e').replace('1', 'i').replace('!', 'i')
                .replace('0', 'o').replace('$', 's').replace('5', 's').replace('7', 't');
    }

    private static List<String> read(String resource) {
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }
}
