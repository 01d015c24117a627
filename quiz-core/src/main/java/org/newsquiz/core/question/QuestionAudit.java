package org.newsquiz.core.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faults a teacher drops a finished question for, found from the question and the article's text alone, without
 * the generator's own analysis: two options naming one person, a blank splitting a token, a stem whose subject is
 * a pronoun or a vague "the company", a name or title cut short. Stateless and thread-safe.
 */
public final class QuestionAudit {
    public static final String DUPLICATE_ENTITY = "duplicate-entity-options";
    public static final String SPLIT_TOKEN = "split-token";
    public static final String DANGLING_REFERENT = "dangling-referent";
    public static final String TRUNCATED_NAME = "truncated-name";
    public static final List<String> CODES = List.of(DUPLICATE_ENTITY, SPLIT_TOKEN, DANGLING_REFERENT, TRUNCATED_NAME);

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
            "prof", "professor", "the");
    private static final Pattern BLANK = Pattern.compile("_{3,}");
    private static final Pattern SPLIT = Pattern.compile(
            "[\\p{L}\\p{N}£$€%-]_{3,}|_{3,}[\\p{L}\\p{N}%£$€-]|\\d[.,]_{3,}|_{3,}[.,]\\d");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:Fill in the blank:|Which figure fills the blank\\?|True or false\\?|Which word fills the blank\\?)\\s*");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^(?:He|She|It|They|This|These|Those|His|Her|Its|Their)\\b");
    private static final Pattern ASKED_PRONOUN = Pattern.compile(
            "\\b(?:did|does|do|will|would|has|have|had|was|were|is|are|can|could) (?:he|she|it|they|this|these|those)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
    private static final Pattern VAGUE_SUBJECT = Pattern.compile(
            "(?:^|\\b(?:did|does|do|will|would|has|have|had|was|were|is|are) )[Tt]he ([\\p{L}'-]+)( \\S+)?");
    /** "The American has …", "did the Briton spend": the verb that shows a demonym stands alone for a person. */
    private static final Set<String> VERB_AFTER = Set.of("has", "had", "is", "was", "will", "would", "can", "could", "said", "says",
            "won", "lost", "beat", "spend", "spent", "made", "took", "became", "scored", "win", "lose", "say", "take", "make");
    private static final Pattern AGE_REFERENT = Pattern.compile("^the \\d+-year-old\\b", Pattern.CASE_INSENSITIVE);

    private final Set<String> vague;
    private final Set<String> demonyms;

    public QuestionAudit() {
        this.vague = words("wordlists/vague-referents.txt");
        this.demonyms = words("wordlists/demonyms.tsv");
    }

    /** One fault of one question. */
    public record Finding(String questionId, String code, String detail) {
        @Override
        public String toString() {
            return questionId + " " + code + ": " + detail;
        }
    }

    /** The faults of every question of the set against the article's body. */
    public List<Finding> audit(QuestionSet set, String body) {
        List<Finding> out = new ArrayList<>();
        for (Question q : set.questions()) {
            out.addAll(audit(q, body));
        }
        return out;
    }

    public List<Finding> audit(Question q, String body) {
        List<Finding> out = new ArrayList<>();
        duplicateEntity(q).ifPresent(d -> out.add(new Finding(q.id(), DUPLICATE_ENTITY, d)));
        if (SPLIT.matcher(q.prompt()).find()) {
            out.add(new Finding(q.id(), SPLIT_TOKEN, "the blank splits a word or a figure"));
        }
        String dangling = dangling(q.prompt());
        if (dangling != null) {
            out.add(new Finding(q.id(), DANGLING_REFERENT, "the stem's subject \"" + dangling + "\" names nothing"));
        }
        String truncated = truncated(q, body);
        if (truncated != null) {
            out.add(new Finding(q.id(), TRUNCATED_NAME, "\"" + truncated + "\" is part of a longer name in the article"));
        }
        return out;
    }

    /** Two options of a choice question where one is the other's surname, first name or honorific form. */
    private java.util.Optional<String> duplicateEntity(Question q) {
        if (!q.type().isChoice() || q.type() == QuestionType.TRUE_FALSE) {
            return java.util.Optional.empty();
        }
        List<String> options = q.options();
        for (int i = 0; i < options.size(); i++) {
            for (int j = i + 1; j < options.size(); j++) {
                if (sameName(options.get(i), options.get(j))) {
                    return java.util.Optional.of("\"" + options.get(i) + "\" and \"" + options.get(j) + "\" name one person");
                }
            }
        }
        return java.util.Optional.empty();
    }

    static boolean sameName(String a, String b) {
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        List<String> shorter = x.size() < y.size() ? x : y;
        List<String> longer = x.size() < y.size() ? y : x;
        // "Brown" for "Gordon Brown" and "Mr Brown": a one-word option that is the other's last word.
        return shorter.size() == 1 && longer.size() >= 2 && longer.get(longer.size() - 1).equals(shorter.get(0));
    }

    /** The words of a capitalised name without a leading honorific; empty for anything that is not a name. */
    private static List<String> nameWords(String option) {
        String[] words = option.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return List.of();
            }
            out.add(w.replace(".", "").toLowerCase(Locale.ROOT));
        }
        while (out.size() > 1 && HONORIFICS.contains(out.get(0))) {
            out.remove(0);
        }
        return out;
    }

    /** The vague subject the stem opens with or asks about, or null. */
    String dangling(String prompt) {
        String statement = QUOTED.matcher(LEAD.matcher(prompt).replaceFirst("")).replaceAll("\"…\"");
        Matcher pronoun = PRONOUN_SUBJECT.matcher(statement);
        if (pronoun.find()) {
            return pronoun.group();
        }
        boolean whQuestion = !LEAD.matcher(prompt).find();
        Matcher asked = ASKED_PRONOUN.matcher(statement);
        if (whQuestion && asked.find()) {
            return asked.group();
        }
        Matcher age = AGE_REFERENT.matcher(statement);
        if (age.find()) {
            return age.group();
        }
        return vagueSubject(statement, whQuestion);
    }

    /** "The company said …", "… did the firm …", "The American has …": "the" and a word that needs its referent. */
    private String vagueSubject(String statement, boolean whQuestion) {
        Matcher m = VAGUE_SUBJECT.matcher(statement);
        while (m.find()) {
            if (m.start() > 0 && (!whQuestion || statement.substring(0, m.start()).matches("(?s).*\\b[Ww]ho $"))) {
                continue; // "Who is the manager …?" asks for the referent; in a statement only the opening is the subject
            }
            String noun = m.group(1);
            String next = m.group(2) == null ? "" : m.group(2).strip();
            // "the club of …", "the firm Acme", "the study described in the article", "the study or its authors"
            boolean nounPhraseGoesOn = !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || next.startsWith("_")
                    || next.equals("of") || next.equals("described") || next.equals("or"));
            boolean vagueNoun = vague.contains(noun.toLowerCase(Locale.ROOT)) && !nounPhraseGoesOn;
            boolean demonymAlone = demonyms.contains(noun) && (next.isEmpty() || next.endsWith("ed") || VERB_AFTER.contains(next));
            if (vagueNoun || demonymAlone) {
                return m.group().strip();
            }
        }
        return null;
    }

    /**
     * The answer of a name question that is only part of a name in the article: the blank or the key followed in the
     * article by another capitalised word ("Strong" of "Strong Medicine").
     */
    private static String truncated(Question q, String body) {
        if (body == null) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        if (q.type() == QuestionType.FILL_IN_BLANK) {
            keys.add(q.answers().isEmpty() ? "" : longest(q.answers()));
        } else if (q.type().isChoice() && q.type() != QuestionType.TRUE_FALSE && !q.prompt().startsWith("What role")) {
            // A role stands before its holder's name ("NATO Secretary-General Mark Rutte"): only one-word keys.
            q.answers().stream().filter(a -> !a.strip().contains(" ")).forEach(keys::add);
        }
        for (String key : keys) {
            if (key.isBlank() || !Character.isUpperCase(key.charAt(0))) {
                continue;
            }
            Matcher after = BLANK.matcher(q.prompt());
            String continuation = null;
            if (q.type() == QuestionType.FILL_IN_BLANK && after.find()) {
                Matcher next = Pattern.compile("^ ([\\p{Lu}][\\p{L}'-]*)").matcher(q.prompt().substring(after.end()));
                continuation = next.find() ? next.group(1) : null;
            }
            if (continuation != null && body.contains(key + " " + continuation)) {
                return key;
            }
            if (q.type() != QuestionType.FILL_IN_BLANK && alwaysContinued(key, body)) {
                return key;
            }
        }
        return null;
    }

    /**
     * Every occurrence of {@code key} in the body runs on into one more capitalised word of the same name ("Strong
     * Medicine,"); two more are a title before a name ("Chancellor Gordon Brown").
     */
    private static boolean alwaysContinued(String key, String body) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(key) + "(?![\\p{L}])").matcher(body);
        int seen = 0;
        while (m.find()) {
            seen++;
            String rest = body.substring(m.end());
            boolean runsOn = rest.matches("(?s)^ [\\p{Lu}][\\p{Ll}]+(?:[ ,.;:\"”)].*)?") && !rest.matches("(?s)^ [\\p{Lu}][\\p{Ll}]+ [\\p{Lu}].*");
            if (!runsOn || rest.matches("(?s)^ (?:I|A|The|In|On|At|And|But|Mr|Mrs|Ms)\\b.*")) {
                return false;
            }
        }
        return seen > 0;
    }

    private static String longest(List<String> answers) {
        return answers.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    private static Set<String> words(String resource) {
        InputStream in = QuestionAudit.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + resource);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split("\t")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
