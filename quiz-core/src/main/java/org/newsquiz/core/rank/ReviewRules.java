package org.newsquiz.core.rank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;

/**
 * Drops drafts for the reasons teachers drop them: a free-text blank that synonyms also fill, an answer the headline
 * gives away, a stem cut short or leaning on something it does not say, a wrong option the article also links to the
 * same fact, a wrong figure from the very sentence asked about (so swapping it in flips the meaning).
 */
public final class ReviewRules {
    private final List<String> sentences = new ArrayList<>();
    private final Set<String> titleWords = new HashSet<>();
    private final String body;

    public ReviewRules(FactSheet facts, String title) {
        for (Sentence s : facts.text().sentences()) {
            sentences.add(s.text());
        }
        body = String.join(" ", sentences);
        for (String w : words(title)) {
            titleWords.add(stem(w));
        }
    }

    public boolean keep(Draft d) {
        return reason(d) == null;
    }

    /** Why a teacher would drop the draft, or null. */
    String reason(Draft d) {
        String statement = LEAD.matcher(d.prompt()).replaceFirst("");
        boolean isStatement = statement.length() < d.prompt().length();
        if (d.type() == QuestionType.FILL_IN_BLANK && !d.answers().isEmpty() && !askable(d.answers().get(0))) {
            return "common-word blank";
        }
        if (isStatement && garbled(statement, d.type())) {
            return "garbled";
        }
        if (d.type() == QuestionType.TRUE_FALSE && LEANING.matcher(statement).find()) {
            return "leaning";
        }
        if (CONVERTED.matcher(d.prompt()).find()) {
            return "converted";
        }
        if (DANGLING.matcher(d.prompt()).find() || CONTEXT_FREE_COUNT.matcher(d.prompt()).find()) {
            return "dangling";
        }
        if (passiveReadActive(d)) {
            return "passive";
        }
        if (d.type() != QuestionType.TRUE_FALSE && d.type() != QuestionType.MATCHING && d.type() != QuestionType.ORDERING
                && d.answers().stream().anyMatch(this::inTitle)) {
            return "title";
        }
        if (d.tags().contains("role")) {
            // Titles are matched to their holders by the role extractor; other people in the sentence hold other titles.
            return null;
        }
        if (wrongOptionInEvidence(d)) {
            return "wrong option in evidence";
        }
        if (alsoTrue(d)) {
            return "also true";
        }
        return null;
    }

    /** A free-text answer a student can give in one way only: a name, a number, a date or a proper term. */
    boolean askable(String answer) {
        if (answer.chars().anyMatch(Character::isDigit) || NUMBER_WORD.matcher(answer).matches()) {
            return true;
        }
        for (String w : words(answer)) {
            if (Character.isLowerCase(w.charAt(0)) && !CONNECTIVE.contains(w)) {
                return false;
            }
        }
        // A capitalised word that the article also writes in lower case is a common word opening a sentence.
        return !Pattern.compile("(?<![.!?] )\\b" + Pattern.quote(answer.toLowerCase(Locale.ROOT)) + "\\b").matcher(body).find();
    }

    /** Statements cut short, opening with punctuation or with a verb that has lost its subject. */
    static boolean garbled(String statement, QuestionType type) {
        String s = statement.strip();
        if (s.isEmpty() || !OPENING.matcher(s).lookingAt() || SUBJECTLESS.matcher(s).lookingAt() || CUT_END.matcher(s).find()
                || s.contains("_____ 's") || count(s, '(') != count(s, ')')) {
            return true;
        }
        return type == QuestionType.FILL_IN_BLANK && s.split("\\s+").length < 6;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** "In which year did Van Gogh stab?" from "Van Gogh was stabbed": the subject suffered the act. */
    private boolean passiveReadActive(Draft d) {
        Matcher m = BARE_VERB_END.matcher(d.prompt());
        if (!m.find()) {
            return false;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        Pattern passive = Pattern.compile("\\b(?:was|were|been|being|be|is|are|got|get)\\s+(?:\\w+ly\\s+)?"
                + Pattern.quote(verb.length() > 4 && verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb)
                + "\\w*", Pattern.CASE_INSENSITIVE);
        return passive.matcher(evidence(d)).find();
    }

    /** The headline names the answer: any word of a name or figure, half the words of a longer answer. */
    private boolean inTitle(String answer) {
        boolean figure = answer.chars().anyMatch(Character::isDigit);
        int content = 0;
        int shown = 0;
        for (String w : words(answer)) {
            if (figure && w.chars().noneMatch(Character::isDigit)) {
                continue; // "billion" or "pounds" in the headline does not give away the figure
            }
            if (figure || w.length() >= 3 && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
                content++;
                shown += titleWords.contains(stem(w)) ? 1 : 0;
            }
        }
        return content <= 3 ? shown > 0 : shown * 2 >= content;
    }

    /** A wrong option the asked sentence itself names ("reserves of $89bn beat its debt of $113bn", "Hessel of S&P"). */
    private boolean wrongOptionInEvidence(Draft d) {
        if (d.type() != QuestionType.MULTIPLE_CHOICE && d.type() != QuestionType.QUOTE_ATTRIBUTION) {
            return false;
        }
        String evidence = evidence(d);
        for (String o : d.options()) {
            if (!d.answers().contains(o) && mentions(evidence, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A wrong option, or the name a false statement swapped in, that another sentence of the article ties to the
     * same act or object ("Edward will also go to Auschwitz"): the distractor may be true, so the key is not certain.
     */
    private boolean alsoTrue(Draft d) {
        List<String> candidates = new ArrayList<>();
        String evidence = evidence(d);
        if (d.type() == QuestionType.TRUE_FALSE && d.answers().contains("False")) {
            Matcher m = NAME.matcher(LEAD.matcher(d.prompt()).replaceFirst(""));
            while (m.find()) {
                if (!evidence.contains(m.group()) && !NOT_A_NAME.contains(m.group())) {
                    candidates.add(m.group());
                }
            }
        } else if (d.type() == QuestionType.MULTIPLE_CHOICE) {
            for (String o : d.options()) {
                if (!d.answers().contains(o) && NAME.matcher(o).matches()) {
                    candidates.add(o);
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        for (String c : candidates) {
            Set<String> stemWords = contentStems(d.prompt(), c);
            if (stemWords.isEmpty()) {
                continue;
            }
            int needed = Math.max(1, (stemWords.size() + 1) / 2);
            String key = lastWord(c);
            for (int i = 0; i < sentences.size(); i++) {
                if (i >= d.firstSentence() && i <= d.lastSentence() || !mentions(sentences.get(i), key)) {
                    continue;
                }
                Set<String> shared = contentStems(sentences.get(i), c);
                shared.retainAll(stemWords);
                if (shared.size() >= needed) {
                    return true;
                }
            }
        }
        return false;
    }

    private String evidence(Draft d) {
        return String.join(" ", sentences.subList(d.firstSentence(), Math.min(d.lastSentence() + 1, sentences.size())));
    }

    private static boolean mentions(String text, String name) {
        return name.length() >= 2 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    private static Set<String> contentStems(String text, String except) {
        Set<String> skip = new HashSet<>();
        for (String w : words(except)) {
            skip.add(stem(w));
        }
        Set<String> out = new HashSet<>();
        for (String w : words(text)) {
            String st = stem(w);
            if (w.length() >= 4 && !STOP.contains(w.toLowerCase(Locale.ROOT)) && !skip.contains(st)) {
                out.add(st);
            }
        }
        return out;
    }

    private static String lastWord(String name) {
        List<String> ws = words(name);
        return ws.isEmpty() ? name : ws.get(ws.size() - 1);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Lower case, and the first five letters, so "visit", "visits" and "visiting" meet. */
    private static String stem(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 5 ? l.substring(0, 5) : l.replaceFirst("s$", "");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:Fill in the blank:|Which figure fills the blank\\?|True or false\\?)\\s*");
    private static final Pattern OPENING = Pattern.compile("[\\p{L}\\p{N}\"“‘'£$€_]");
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|Could|Can|Should|May|Might|Says|Said|Adds|Added)\\s+(?:\\p{Ll}|_)");
    /** "_____ ($1.6bn)", "$3bn (_____)": the same figure in another currency beside the blank gives it away. */
    private static final Pattern CONVERTED = Pattern.compile("_____\\s*\\(\\s*[£$€¥\\d]|\\(\\s*_____\\s*\\)");
    /** "But taking the top spot …", "That compared with …", "X also said …": a statement read out of its place. */
    private static final Pattern LEANING = Pattern.compile(
            "^(?:But|And|Or|So|Yet|That|This|These|Those|It|Such|However|Also|Meanwhile)\\b|\\balso\\b");
    private static final Pattern CUT_END = Pattern.compile(
            "\\b(?:during|of|in|to|for|with|the|a|an|and|or|by|from|at|on|as|than|into|its|their|his|her)[.?!]?$");
    private static final Pattern DANGLING = Pattern.compile(
            "\\b(?:[Oo]ne such|[Ss]uch (?:a|an) (?:person|man|woman|case|patient)|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Tt]he) others)\\b"
                    + "|described in the article as the \\p{L}+\\?$"
                    // "Mr Straw stressed this point.": what the point was, the sentence before said.
                    + "|\\b(?:this|that|these|those) (?:point|points|issue|issues|idea|ideas|view|views|matter|problem|claim|claims|move|decision|approach|argument|concern|concerns)\\b");
    private static final Pattern CONTEXT_FREE_COUNT = Pattern.compile(
            "^How many (?:years|months|weeks|days|hours|minutes|times|ways|kinds|types)\\b|^How many [^?]* also ");
    private static final Pattern BARE_VERB_END = Pattern.compile(
            "^(?:In which year|When|Where|Why|On which day|In which month) did [^?]+ (\\p{Ll}+)\\?$");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds|thousands|"
                    + "millions|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
                    + "half|a third|a quarter|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))"
                    + "(?: (?:hundred|thousand|million|billion|percent|per cent))?");
    private static final Set<String> CONNECTIVE = Set.of("of", "the", "and", "for", "de", "van", "von", "la", "le", "du",
            "der", "on", "in", "at", "&");
    private static final Set<String> NOT_A_NAME = Set.of("The", "True", "A", "An", "In", "On", "At", "But", "And", "It",
            "He", "She", "They", "This", "Mr", "Mrs", "Ms", "Dr");
    private static final Set<String> STOP = Set.of("the", "and", "that", "this", "with", "from", "have", "has", "had",
            "will", "would", "could", "should", "been", "were", "was", "also", "said", "says", "their", "they", "them",
            "which", "what", "when", "where", "who", "whom", "whose", "does", "did", "into", "about", "after", "before",
            "than", "then", "there", "these", "those", "over", "more", "most", "some", "such", "true", "false", "fill",
            "blank", "figure", "fills", "article", "described", "according", "people", "year", "years", "told", "added",
            "being", "other", "only", "just", "very", "many", "much", "last", "first", "while", "mr", "mrs", "ms", "dr");
}
