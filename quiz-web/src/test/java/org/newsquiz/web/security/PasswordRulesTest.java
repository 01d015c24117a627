package org.newsquiz.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void commonPasswordsAndTheirSimpleVariantsAreRefused() {
        for (String weak : new String[] {"password1234", "aaaaaaaaaaaa", "123456789012", "qwertyuiopas",
            "P@ssw0rd2024!", "!!Welcome12345", "iloveyouiloveyou", "abcabcabcabc", "0987654321098",
            "Teacher123456", "1qaz2wsx3edc"}) {
            assertTrue(PasswordRules.problem(weak).orElse("").contains("common"), weak);
        }
    }

    @Test
    void shortAndBlankPasswordsAreRefusedWithTheirReason() {
        assertTrue(PasswordRules.problem(" ".repeat(12)).orElseThrow().contains("only spaces"));
        assertTrue(PasswordRules.problem("\t \u00a0".repeat(5)).orElseThrow().contains("only spaces"));
        assertTrue(PasswordRules.problem("eleven char").orElseThrow().contains("at least 12"));
        assertTrue(PasswordRules.problem(null).orElseThrow().contains("at least 12"));
        assertTrue(PasswordRules.problem("é".repeat(40)).orElseThrow().contains("72 bytes"));
    }

    @Test
    void phrasesOfOnesOwnAreAccepted() {
        for (String good : new String[] {"correct horse battery", "Bright lanterns over Oslo", "tram 7 to the pier",
            "marmalade-cathedral-41"}) {
            assertEquals(Optional.empty(), PasswordRules.problem(good), good);
        }
    }
}
