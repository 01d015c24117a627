package org.newsquiz.core.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/**
 * Builds the quiz from ranked drafts, best first, so that its questions stand together: a draft is left out
 * when a question already taken shows its answer next to what it asks (or it shows theirs), asks the same fact
 * in another form, or opens with words that three questions already open with.
 */
public final class QuizSelection {
    /** Questions that may open with the same four words; blanks and quotes carry their own text and are exempt. */
    public static final int MAX_SAME_OPENING = 3;
    private static final int OPENING_WORDS = 4;
    /** Questions a quiz may answer with the same name. */
    private static final int MAX_SAME_ANSWER = 2;
    private static final int BLANK_CUE_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019-]*");
    private static final Set<String> FRAME_WORDS = Set.of("who", "what", "which", "where", "when", "how", "many", "much",
            "is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "the", "a", "an", "of", "in", "on", "at",
            "to", "for", "as", "by", "and", "or", "with", "from", "described", "article", "according", "true", "false",
            "year", "said", "say", "role", "give", "gives", "these", "people", "person", "fill", "blank", "figure", "fills",
            "its", "it", "their", "his", "her", "that", "this", "all", "select", "apply");

    /** Questions a quiz should reach before it takes questions that only repeat a fact or a frame. */
    public static final int FLOOR = 25;
    /** Questions a quiz must reach even if one of them shows another's answer; above it, a shorter quiz is better. */
    public static final int HARD_FLOOR = 15;

    private final List<Read> chosen = new ArrayList<>();
    private final Set<String> facts = new HashSet<>();
    /** Facts that a matching or an ordering already taken asks as one of its items. */
    private final Set<String> covered = new HashSet<>();
    private final Map<String, Integer> openings = new HashMap<>();

    /** A draft as a student reads it, worked out once. */
    private record Read(Draft draft, String visible, Set<String> visibleStems, List<String> keys, Set<String> cue) {
        static Read of(Draft d) {
            String visible = QuizSelection.visible(d).toLowerCase(Locale.ROOT);
            List<String> keys = QuizSelection.keys(d);
            return new Read(d, visible, stems(visible), keys, keys.isEmpty() ? Set.of() : QuizSelection.cue(d, keys));
        }

        boolean composite() {
            return draft.type() == QuestionType.MATCHING || draft.type() == QuestionType.ORDERING;
        }
    }

    /** How strictly a draft is held to the quiz so far; a short quiz relaxes from the first to the last. */
    private enum Strictness { ALL, REPEATS_COMPOSITES, REPEATS_FACTS, SHORT_QUIZ }

    private QuizSelection() {
    }

    /**
     * Up to {@code max} drafts, best first: every draft that stands with those before it; then, while the quiz is
     * short of {@link #FLOOR}, drafts that only share an opening or overlap a matching or an ordering beside the
     * questions it summarises, then drafts that ask a fact again (in another form or as an item of a composite);
     * and last, only to reach {@link #HARD_FLOOR}, drafts on a fact not yet asked that show another's answer:
     * below that floor a shorter quiz is better than one that gives its answers away.
     */
    public static List<Draft> select(List<Draft> ranked, int max) {
        List<Draft> pool = ranked;
        List<Draft> left = new ArrayList<>();
        while (true) {
            List<Draft> quiz = selectOnce(pool, max);
            List<Draft> excess = beyondSideShare(quiz);
            if (excess.isEmpty()) {
                // Asked for more than a quiz (a teacher's pool of drafts), the titles and quotes left out follow the rest.
                List<Draft> out = new ArrayList<>(quiz);
                if (max > FLOOR) {
                    left.stream().filter(d -> out.size() < max).forEach(out::add);
                }
                return out;
            }
            left.addAll(excess);
            pool = pool.stream().filter(d -> !excess.contains(d)).toList();
        }
    }

    /**
     * The lowest-ranked title and quote questions beyond a quarter of the quiz (one is allowed in a quiz too short
     * to have a quarter): who holds which title and who said which words are side details of most stories.
     */
    static List<Draft> beyondSideShare(List<Draft> quiz) {
        List<Draft> side = quiz.stream().filter(QuizSelection::isSide).toList();
        int allowed = Math.max(1, (quiz.size() - side.size()) / 3);
        return side.size() <= allowed ? List.of() : side.subList(allowed, side.size());
    }

    static boolean isSide(Draft d) {
        return d.tags().contains("role") || d.tags().contains("quote");
    }

    private static List<Draft> selectOnce(List<Draft> ranked, int max) {
        QuizSelection quiz = new QuizSelection();
        // A matching or an ordering covers several facts; taken first, it leaves single questions to the others.
        // The best draft of each type comes next, so that a quiz keeps its mix of kinds; the scarcest type goes first,
        // so that a type with one draft is not lost to a question of a plentiful type that shows its answer.
        List<Read> all = ranked.stream().map(Read::of).toList();
        List<Read> reads = new ArrayList<>(all.stream().filter(Read::composite).toList());
        Map<QuestionType, Long> drafts = new java.util.EnumMap<>(QuestionType.class);
        all.forEach(r -> drafts.merge(r.draft().type(), 1L, Long::sum));
        Set<QuestionType> types = java.util.EnumSet.noneOf(QuestionType.class);
        all.stream().filter(r -> !r.composite() && types.add(r.draft().type()))
                .sorted(java.util.Comparator.comparingLong(r -> drafts.get(r.draft().type()))).forEach(reads::add);
        all.stream().filter(r -> !reads.contains(r)).forEach(reads::add);
        Set<Draft> taken = new java.util.LinkedHashSet<>();
        for (Strictness level : Strictness.values()) {
            int target = level == Strictness.ALL ? max : Math.min(level == Strictness.SHORT_QUIZ ? HARD_FLOOR : FLOOR, max);
            for (Read r : reads) {
                if (taken.size() < target && !taken.contains(r.draft()) && quiz.admits(r, level)) {
                    quiz.take(r);
                    taken.add(r.draft());
                }
            }
        }
        List<Draft> out = new ArrayList<>();
        ranked.stream().filter(taken::contains).forEach(out::add);
        return out;
    }

    private boolean admits(Read r, Strictness level) {
        Draft d = r.draft();
        if (asksSentenceOfAnother(r) || answersTwiceAlready(d)) {
            return false;
        }
        if (level == Strictness.SHORT_QUIZ) {
            return !facts.contains(factOf(d));
        }
        if (level != Strictness.REPEATS_FACTS && facts.contains(factOf(d))) {
            return false;
        }
        if (level != Strictness.REPEATS_FACTS && repeatsComposite(r)) {
            return false;
        }
        String opening = opening(d.prompt());
        if (level == Strictness.ALL && opening != null && openings.getOrDefault(opening, 0) >= MAX_SAME_OPENING) {
            return false;
        }
        for (Read c : chosen) {
            boolean overlap = c.composite() || r.composite();
            if ((givesAway(c, r) || givesAway(r, c)) && (level == Strictness.ALL || !overlap)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two questions on one sentence: a blank or a "who" stem shows the sentence nearly whole, and with it the other's
     * answer (a false statement's too: "met Putin in Alaska" beside "True or false? … met Putin in Crimea").
     */
    private boolean asksSentenceOfAnother(Read r) {
        Draft d = r.draft();
        return !r.composite() && chosen.stream().filter(c -> !c.composite()).map(Read::draft)
                .anyMatch(c -> c.firstSentence() == d.firstSentence() && c.lastSentence() == d.lastSentence()
                        && (showsSentence(c) || showsSentence(d)));
    }

    /** A name that already answers two questions: a third with the same answer makes the quiz one person's. */
    private boolean answersTwiceAlready(Draft d) {
        if (!d.type().isChoice() || d.type() == QuestionType.TRUE_FALSE || d.answers().size() != 1
                || !Character.isUpperCase(d.answers().get(0).charAt(0))) {
            return false;
        }
        String answer = d.answers().get(0);
        return chosen.stream().map(Read::draft).filter(c -> c.type().isChoice() && c.answers().equals(List.of(answer))).count() >= MAX_SAME_ANSWER;
    }

    private static boolean showsSentence(Draft d) {
        return d.prompt().contains("_____") || d.tags().contains("actor");
    }

    /**
     * A true/false on a pair of a matching already taken, any single question on an item of an ordering already
     * taken, or a composite on two or more of the items another one covers: the same facts asked again.
     */
    private boolean repeatsComposite(Read r) {
        Draft d = r.draft();
        if (r.composite()) {
            return d.covers().stream().filter(covered::contains).count() >= 2;
        }
        String fact = sameFact(d.fact());
        for (Read c : chosen) {
            boolean asksAPair = c.draft().type() == QuestionType.ORDERING || d.type() == QuestionType.TRUE_FALSE;
            if (c.composite() && asksAPair && c.draft().covers().contains(fact)) {
                return true;
            }
        }
        return false;
    }

    private void take(Read r) {
        chosen.add(r);
        covered.addAll(r.draft().covers());
        facts.add(factOf(r.draft()));
        String opening = opening(r.draft().prompt());
        if (opening != null) {
            openings.merge(opening, 1, Integer::sum);
        }
    }

    /**
     * A false statement counts as its fact too: a question that shows the fact as the article gives it ("When had the
     * Osbournes been celebrating …?") tells the student the swapped statement is false.
     */
    private static String factOf(Draft d) {
        return sameFact(d.fact());
    }

    /**
     * One fact asked in several forms counts once: the who-is, true/false and blank on a person's role, or the
     * year question and the true/false on the same dated clause.
     */
    static String sameFact(String fact) {
        return fact.replaceFirst("^role-(tf|fib|what):", "role:").replaceFirst("^tf-date:", "when:")
                .replaceFirst("^amount-tf:", "amount:").replaceFirst("^tf-place:", "where:");
    }

    /**
     * The first four words, lower-cased, of a prompt built on a fixed frame (six for a true/false statement, whose
     * first three are always the same); null for blanks and quotes.
     */
    public static String opening(String prompt) {
        if (prompt.contains("_____") || prompt.contains("\u201C")) {
            return null;
        }
        // "True or false?" opens every statement; the frame is what follows it ("The article describes …").
        int length = prompt.startsWith("True or false?") ? OPENING_WORDS + 2 : OPENING_WORDS;
        List<String> words = words(prompt);
        return words.size() < length ? null : String.join(" ", words.subList(0, length));
    }

    /** {@code shown}'s visible text holds an answer of {@code asked} together with what {@code asked} asks about. */
    static boolean givesAway(Draft shown, Draft asked) {
        return givesAway(Read.of(shown), Read.of(asked));
    }

    private static boolean givesAway(Read shown, Read asked) {
        if (asked.cue().isEmpty()) {
            return false;
        }
        long present = asked.cue().stream().filter(shown.visibleStems()::contains).count();
        double share = asked.draft().prompt().contains("_____") ? 0.5 : 0.6;
        boolean cued = present >= (asked.cue().size() <= 3 && share > 0.5 ? asked.cue().size() : Math.ceil(asked.cue().size() * share));
        return cued && asked.keys().stream().anyMatch(k -> shows(shown, k));
    }

    /**
     * Whether {@code shown} puts {@code key} before the student: in its prompt, a matching's columns or as its
     * answer; a wrong option of a choice is one name among others and ties the key to nothing.
     */
    private static boolean shows(Read shown, String key) {
        Draft d = shown.draft();
        if (!contains(shown.visible(), key)) {
            return false;
        }
        boolean choice = d.type() == QuestionType.MULTIPLE_CHOICE || d.type() == QuestionType.QUOTE_ATTRIBUTION
                || d.type() == QuestionType.MULTIPLE_RESPONSE;
        return !choice || contains(d.prompt().toLowerCase(Locale.ROOT), key)
                || d.answers().stream().anyMatch(a -> contains(a.toLowerCase(Locale.ROOT), key));
    }

    /** The answers a student could read off another question: names, figures and words, not True or False. */
    private static List<String> keys(Draft d) {
        if (d.type() == QuestionType.TRUE_FALSE || d.type() == QuestionType.MATCHING || d.type() == QuestionType.ORDERING
                || d.type() == QuestionType.MULTIPLE_RESPONSE) {
            return List.of();
        }
        return d.answers().stream().filter(a -> a.length() >= 2).map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    /** What a question shows before it is answered: its prompt, its options and, for a matching, both columns. */
    private static String visible(Draft d) {
        StringBuilder text = new StringBuilder(d.prompt());
        d.options().forEach(o -> text.append(" | ").append(o));
        if (d.type() == QuestionType.MATCHING) {
            d.answers().forEach(a -> text.append(" | ").append(a.split(Question.PAIR_ARROW)[0]));
        }
        return text.toString();
    }

    /**
     * The words that point at the answer: for a blank the few words before it ("Commission President _____"),
     * otherwise the prompt's own words beyond the question's frame.
     */
    private static Set<String> cue(Draft d, List<String> keys) {
        String prompt = d.prompt();
        int blank = prompt.indexOf("_____");
        List<String> words;
        if (blank >= 0) {
            List<String> before = content(words(prompt.substring(0, blank)));
            List<String> after = content(words(prompt.substring(blank + 5)));
            words = new ArrayList<>(before.subList(Math.max(0, before.size() - BLANK_CUE_WORDS), before.size()));
            words.addAll(after.subList(0, Math.min(BLANK_CUE_WORDS, after.size())));
        } else {
            words = content(words(prompt));
        }
        Set<String> keyStems = new HashSet<>();
        keys.forEach(k -> keyStems.addAll(stems(k)));
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String stem = stem(w);
            if (!keyStems.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    private static List<String> content(List<String> words) {
        return words.stream().filter(w -> !FRAME_WORDS.contains(w) && !w.startsWith("fill")).toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group().replaceAll("['\u2019]s$", "").replaceAll("[.'\u2019-]+$", ""));
        }
        return out;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        words(text).forEach(w -> out.add(stem(w)));
        return out;
    }

    /** Crude but enough to meet "annex" in "annexed" and "region" in "regions". */
    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    private static boolean contains(String text, String key) {
        for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
            int end = i + key.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
