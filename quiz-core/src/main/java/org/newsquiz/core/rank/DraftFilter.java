package org.newsquiz.core.rank;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.question.QuestionType;

/** Rejects drafts a teacher would: the answer given away by the stem, broken option sets, overlong prompts. */
public final class DraftFilter {
    private static final int MAX_PROMPT_WORDS = 70;

    public boolean keep(Draft d) {
        if (d.prompt().split("\\s+").length > MAX_PROMPT_WORDS || d.answers().isEmpty()) {
            return false;
        }
        Set<String> distinct = new HashSet<>();
        for (String o : d.options()) {
            if (o.isBlank() || !distinct.add(o.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (d.type().isChoice() && !d.options().containsAll(d.answers())) {
            return false;
        }
        if (d.type().isSingleAnswer() && d.answers().size() != 1) {
            return false;
        }
        return !answerInPrompt(d) && !opensWithPronoun(d.prompt());
    }

    /** "Fill in the blank: She wrote that …", "True or false? It was discovered …": whose, the student cannot tell. */
    static boolean opensWithPronoun(String prompt) {
        String statement = LEAD.matcher(prompt).replaceFirst("");
        return PRONOUN.matcher(statement).find();
    }

    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "^(?:Fill in the blank:|Which figure fills the blank\\?|True or false\\?)\\s*");
    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
            "^(?:He|She|It|Its|They|Their|His|Her|This|These|Those)\\b");

    private static boolean answerInPrompt(Draft d) {
        if (d.type() == QuestionType.TRUE_FALSE || d.type() == QuestionType.MATCHING || d.type() == QuestionType.ORDERING) {
            return false;
        }
        String prompt = d.prompt().toLowerCase(Locale.ROOT);
        List<String> answers = d.answers();
        for (String a : answers) {
            String answer = a.toLowerCase(Locale.ROOT);
            if (answer.length() >= 3 && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(answer) + "\\b").matcher(prompt).find()) {
                return true;
            }
        }
        return false;
    }
}
