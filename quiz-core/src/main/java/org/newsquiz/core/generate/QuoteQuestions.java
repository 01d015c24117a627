package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Quote;
import org.newsquiz.core.question.QuestionType;

/**
 * Who said what: quote attributions with other people of the article as options. No "which of these people does
 * the article quote": a quotation the finder cannot attribute made a wrong key of it (3 of 6 in review).
 */
public final class QuoteQuestions implements DraftGenerator {
    private static final int MAX_QUOTE_WORDS = 30;
    /** A second question on one speaker's words repeats the first one's options and answer. */
    private static final int MAX_PER_SPEAKER = 1;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        java.util.Map<Entity, Integer> perSpeaker = new java.util.HashMap<>();
        for (Quote q : facts.quotes()) {
            if (!q.complete() || perSpeaker.getOrDefault(q.speaker(), 0) == MAX_PER_SPEAKER) {
                continue;
            }
            String words = shortened(q.text());
            List<Entity> others = new ArrayList<>();
            for (Entity p : distractors.fromArticle(EntityType.PERSON, List.of(q.speaker()), 10)) {
                boolean named = p.aliases().stream().anyMatch(a -> q.text().contains(a)) || namesAWordOf(p, q.text());
                List<Entity> chosen = new ArrayList<>(others);
                chosen.add(q.speaker());
                if (!named && others.size() < 3 && Stems.plausibleBeside(facts, p, q.speaker()) && !Stems.sharesName(p, chosen)) {
                    others.add(p);
                }
            }
            if (others.size() < 2) {
                continue;
            }
            List<Entity> all = new ArrayList<>(others);
            all.add(0, q.speaker());
            List<String> names = Distractors.personNames(all);
            perSpeaker.merge(q.speaker(), 1, Integer::sum);
            String prompt = "Who said: " + quoted(words);
            out.add(new Draft(QuestionType.QUOTE_ATTRIBUTION, prompt, distractors.shuffle(names, prompt), List.of(names.get(0)),
                    q.firstSentence(), q.lastSentence(), 0.4, List.of("person", "quote"), 0, "quote:" + q.span().start()));
        }
        return out;
    }

    /** The quote calls the person by a part of the name ("Astrid taught…" for Astrid Marie Solberg). */
    static boolean namesAWordOf(Entity person, String quote) {
        for (String part : person.name().split(" ")) {
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))
                    && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(part) + "\\b").matcher(quote).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Long quotes are cut after a sentence, so the prompt stays readable; a comma, colon or semicolon that
     * led into the attribution ("…machines," she said) is dropped.
     */
    static String shortened(String full) {
        String quote = full.strip().replaceAll("[,;:\\s]+$", "");
        String[] words = quote.split("\\s+");
        if (words.length <= MAX_QUOTE_WORDS) {
            return quote;
        }
        int end = quote.indexOf(". ");
        if (end > 0 && quote.substring(0, end).split("\\s+").length <= MAX_QUOTE_WORDS + 10) {
            return quote.substring(0, end + 1) + " \u2026";
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_QUOTE_WORDS)) + " \u2026";
    }

    /** "Who said: “… reliably”?" and "Who said: “… criminals?”": one mark ends the question, the quote's own or ours. */
    static String quoted(String words) {
        String w = words.strip();
        if (w.endsWith("?") || w.endsWith("!")) {
            return "\u201C" + w + "\u201D";
        }
        return "\u201C" + w.replaceFirst("[.,;:]+(\\s*\u2026)?$", "$1") + "\u201D?";
    }
}
