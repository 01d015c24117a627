package org.newsquiz.web.question;

import java.util.Locale;
import org.newsquiz.core.question.Evidence;

/**
 * The sentence a question comes from, as the review page shows it: only the cited sentence (not its paragraph, which
 * in an article without line breaks is the whole text), split around the first answer found in it so the page can
 * highlight it. {@code answer} is empty when no answer is written out in the sentence (true/false, reworded numbers).
 */
public record SourceSentence(String before, String answer, String after) {

    /** The question's first evidence, or null when it cites none (written by hand). */
    public static SourceSentence of(StoredQuestion question) {
        if (question.evidence == null || question.evidence.isEmpty()) {
            return null;
        }
        Evidence evidence = question.evidence.get(0);
        String sentence = evidence.text() == null ? "" : evidence.text().strip();
        if (sentence.isEmpty()) {
            return null;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String answer : question.answers == null ? java.util.List.<String>of() : question.answers) {
            String wanted = answer == null ? "" : answer.strip();
            int at = wanted.length() < 2 ? -1 : lower.indexOf(wanted.toLowerCase(Locale.ROOT));
            if (at >= 0 && at + wanted.length() <= sentence.length()) {
                return new SourceSentence(sentence.substring(0, at), sentence.substring(at, at + wanted.length()),
                        sentence.substring(at + wanted.length()));
            }
        }
        return new SourceSentence(sentence, "", "");
    }
}
