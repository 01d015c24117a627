package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * The story's main event, asked in the lead: a blank on the lead's noun that the article keeps returning to ("a toll"
 * in a story about a bridge toll), the word a reader must have taken in to know what the story is about. The wrong
 * options are the other nouns the article keeps returning to, so each of them belongs to the story; a free-text
 * blank would take synonyms a teacher cannot list.
 */
public final class LeadQuestions implements DraftGenerator {
    private static final int MIN_SENTENCES = 3;
    private static final int MIN_LETTERS = 4;
    /** The subject's first words are the story's actor, asked elsewhere; the event's noun comes after them. */
    private static final int SKIP_TOKENS = 2;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Sentence> sentences = facts.text().sentences();
        if (sentences.size() < MIN_SENTENCES) {
            return List.of();
        }
        Map<String, Integer> sentencesWith = new HashMap<>();
        for (Sentence s : sentences) {
            Set<String> lemmas = new HashSet<>();
            s.tokens().stream().filter(LeadQuestions::commonNoun).forEach(t -> lemmas.add(lemma(t)));
            lemmas.forEach(l -> sentencesWith.merge(l, 1, Integer::sum));
        }
        Sentence lead = sentences.get(0);
        if (lead.tokens().stream().anyMatch(t -> t.hasTag("NUM") && t.text().chars().anyMatch(Character::isDigit))) {
            // A lead with a figure is asked by its figure; a second blank in the sentence would show the first's answer.
            return List.of();
        }
        Token best = null;
        int bestCount = MIN_SENTENCES - 1;
        for (int i = SKIP_TOKENS; i < lead.tokens().size(); i++) {
            Token t = lead.tokens().get(i);
            int count = sentencesWith.getOrDefault(lemma(t), 0);
            if (commonNoun(t) && count > bestCount && once(lead, lemma(t)) && !counted(lead.tokens().get(i - 1))
                    && !titles(lead, i)) {
                best = t;
                bestCount = count;
            }
        }
        if (best == null) {
            return List.of();
        }
        String cloze = Cloze.blank(facts, 0, best.span());
        if (cloze == null || Cloze.PRONOUN_START.matcher(cloze.substring("Fill in the blank: ".length())).find()) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of(best.text()));
        options.addAll(otherNouns(sentences, best, sentencesWith));
        if (options.size() < 4) {
            return List.of();
        }
        String prompt = cloze.replace("Fill in the blank: ", "Which word fills the blank? ");
        return List.of(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt),
                List.of(best.text()), 0, 0, 0.45, List.of("event", "lead"), 0, "lead:" + lemma(best)));
    }

    /**
     * Three nouns the article returns to after its lead, most often first, in the answer's number ("tolls" beside
     * "bridges") and as the article writes them; none the lead itself uses.
     */
    private static List<String> otherNouns(List<Sentence> sentences, Token answer, Map<String, Integer> sentencesWith) {
        Set<String> inLead = new HashSet<>();
        sentences.get(0).tokens().forEach(t -> {
            inLead.add(lemma(t));
            inLead.add(t.text().toLowerCase(Locale.ROOT));
        });
        Map<String, String> forms = new LinkedHashMap<>();
        for (Sentence s : sentences.subList(1, sentences.size())) {
            for (Token t : s.tokens()) {
                String lemma = lemma(t);
                if (commonNoun(t) && plural(t) == plural(answer) && !inLead.contains(lemma) && sentencesWith.get(lemma) >= 2
                        && !alike(lemma, lemma(answer))) {
                    forms.putIfAbsent(lemma, t.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> lemmas = new ArrayList<>(forms.keySet());
        lemmas.sort(Comparator.comparingInt((String l) -> -sentencesWith.get(l)));
        return lemmas.stream().limit(3).map(forms::get).toList();
    }

    /** "migration" beside "immigration", "firms" beside "companies": a second option that also fills the blank. */
    private static boolean alike(String a, String b) {
        return a.contains(b) || b.contains(a) || SAME.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    private static final List<Set<String>> SAME = List.of(Set.of("firm", "company", "business", "group"),
            Set.of("film", "picture", "movie"), Set.of("drink", "alcohol"), Set.of("child", "kid", "youngster"),
            Set.of("job", "post", "role"), Set.of("car", "vehicle"), Set.of("drug", "medicine", "medication", "treatment"),
            Set.of("study", "research", "trial"), Set.of("tumour", "cancer"), Set.of("doctor", "physician"),
            Set.of("game", "match"), Set.of("song", "track", "single"), Set.of("law", "legislation", "bill"),
            Set.of("vote", "election", "poll"), Set.of("shop", "store", "retailer"), Set.of("phone", "handset", "mobile"),
            Set.of("virus", "worm", "trojan"), Set.of("surgery", "operation", "procedure"), Set.of("heart", "cardiac"),
            Set.of("software", "program", "code"));

    private static boolean plural(Token t) {
        return !t.text().toLowerCase(Locale.ROOT).equals(lemma(t));
    }

    private static boolean commonNoun(Token t) {
        return t.hasTag("NOUN") && !t.isCapitalised() && t.text().length() >= MIN_LETTERS && t.text().chars().allMatch(Character::isLetter)
                && !MEASURES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Units and time spans are what a figure counts ("four months", "100 people"), not what the story is about. */
    private static final Set<String> MEASURES = Set.of("year", "month", "week", "day", "hour", "minute", "time", "people",
            "person", "percent", "cent", "number", "part", "per", "pound", "dollar", "euro", "times", "lot", "thing");

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** "four months", "100 jobs": the noun of a figure, which a blank on it would split from its number. */
    private static boolean counted(Token before) {
        return before.hasTag("NUM");
    }

    /** "freight operator Nordvik": a noun before a name describes the name, it is not the event. */
    private static boolean titles(Sentence s, int i) {
        return i + 1 < s.tokens().size() && s.tokens().get(i + 1).isCapitalised();
    }

    /** A word the sentence repeats would show the blank's answer beside it. */
    private static boolean once(Sentence s, String lemma) {
        return s.tokens().stream().filter(t -> lemma(t).equals(lemma) || t.text().toLowerCase(Locale.ROOT).equals(lemma)).count() == 1;
    }
}
