package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * Clauses dated by "in YEAR", "in MONTH YEAR" or "on MONTH DAY, YEAR", after the clause or fronted
 * ("In 1970 she joined ..."), active or passive, including "X, founded in 1921," and a second predicate
 * that shares the subject ("... and, in 2022, declared ..."). Subjects are names, short noun phrases,
 * or he/she/it resolved to the nearest fitting name.
 */
final class DatedFinder {
    private static final Pattern YEAR = Pattern.compile("1[6-9]\\d\\d|20\\d\\d");
    private static final Pattern DAY = Pattern.compile("[1-9]|[12]\\d|3[01]");
    private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "and", "but", "while", "which", "who", "where", "when",
            "after", "before", "as", "because", "although", "that", "since", "until", "once", "(", ")", "-", "\"");
    private static final Set<String> OBJECT_STOP = Set.of(",", ".", ";", ":", "and", "but", "which", "who", "where", "when",
            "while", "because", "after", "before", "that", "than", "\"", "(", ")");
    private static final Set<String> SUBJECT_DET = Set.of("the", "a", "an");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> WEAK = Set.of("be", "have", "do", "say", "come", "go", "get", "seem", "appear", "tell");
    /** Verbs of going somewhere: without the place ("the club returned") a question on them says too little. */
    private static final Set<String> DIRECTIONAL = Set.of("return", "move", "relocate", "transfer", "switch", "travel",
            "head", "retreat", "withdraw", "emigrate", "migrate", "go", "come", "descend", "climb");
    private static final Set<String> TIME_ADVERBS = Set.of("first", "last", "later", "again", "also", "then", "finally");
    private static final Set<String> DASHES = Set.of("-", "\u2014", "\u2013");
    private static final int MAX_REST = 10;

    private final Lexicon lexicon;

    DatedFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<DatedFact> find(AnalyzedText text, Map<Integer, List<EntityFinder.Placed>> placed) {
        List<DatedFact> out = new ArrayList<>();
        Entity lastPerson = null;
        String lastThing = null;
        for (Sentence s : text.sentences()) {
            List<EntityFinder.Placed> here = placed.getOrDefault(s.index(), List.of());
            Context ctx = new Context(s, here, lastPerson, lastThing);
            List<Token> t = s.tokens();
            for (int y = 0; y < t.size(); y++) {
                if (YEAR.matcher(t.get(y).text()).matches() && !insideQuote(s, y)) {
                    DatedFact f = dated(ctx, y);
                    if (f != null && out.stream().noneMatch(o -> o.sentence() == f.sentence() && o.year() == f.year())) {
                        out.add(f);
                    }
                }
            }
            for (EntityFinder.Placed p : here) {
                boolean opens = p.phraseFrom() == 0 || (p.phraseFrom() > 0 && PERSONAL.contains(t.get(p.phraseFrom() - 1).text()));
                if (p.entity().type() == EntityType.PERSON && (opens || lastPerson == null)) {
                    lastPerson = p.entity();
                }
            }
            EntityFinder.Placed opener = here.stream().filter(p -> p.phraseFrom() == 0).findFirst().orElse(null);
            int openerEnd = properNameEnd(t, 0);
            lastThing = opener != null ? (opener.entity().type() != EntityType.PERSON ? opener.entity().name() : null)
                    : openerEnd > 0 && openerEnd < t.size() && t.get(openerEnd).hasTag("VERB", "AUX") ? Chunker.text(s, 0, openerEnd) : null;
        }
        return out;
    }

    private record Context(Sentence s, List<EntityFinder.Placed> here, Entity lastPerson, String lastThing) {
    }

    private DatedFact dated(Context ctx, int y) {
        List<Token> t = ctx.s().tokens();
        int w = whenStart(t, y);
        if (w < 0) {
            return null;
        }
        String when = Chunker.text(ctx.s(), w, y + 1);
        when = Character.toLowerCase(when.charAt(0)) + when.substring(1);
        int year = Integer.parseInt(t.get(y).text());
        boolean fronted = w == 0 || (w >= 1 && BOUNDARY.contains(t.get(w - 1).text().toLowerCase(Locale.ROOT)));
        if (fronted) {
            int v = y + 1;
            if (v < t.size() && t.get(v).text().equals(",")) {
                v++;
            }
            return clauseFrom(ctx, v, v, when, year, -1);
        }
        if (w >= 2 && t.get(w - 2).text().equals(",") && t.get(w - 1).hasTag("VERB") && NumberFinder.isPast(t.get(w - 1))) {
            String subject = nounPhraseEndingAt(ctx, w - 2);
            if (subject != null && y + 1 < t.size() && t.get(y + 1).text().equals(",")) {
                return passive(ctx, subject, t.get(w - 1).text(), year, when);
            }
            return null;
        }
        int start = w - 1;
        while (start >= 0 && !BOUNDARY.contains(t.get(start).text().toLowerCase(Locale.ROOT))) {
            start--;
        }
        return clauseFrom(ctx, start + 1, -1, when, year, w);
    }

    /** Where the date phrase begins: "in 2014", "in November 2024", "on March 3, 1941"; -1 when none. */
    private int whenStart(List<Token> t, int y) {
        if (y >= 1 && t.get(y - 1).text().equalsIgnoreCase("in")) {
            return y - 1;
        }
        if (y >= 2 && isMonth(t.get(y - 1)) && t.get(y - 2).text().equalsIgnoreCase("in")) {
            return y - 2;
        }
        if (y >= 4 && t.get(y - 1).text().equals(",") && DAY.matcher(t.get(y - 2).text()).matches() && isMonth(t.get(y - 3))
                && t.get(y - 4).text().equalsIgnoreCase("on")) {
            return y - 4;
        }
        return -1;
    }

    private boolean isMonth(Token t) {
        Lexicon.Entry e = lexicon.lookup(t.text());
        return e != null && e.kind() == Lexicon.Kind.MONTH;
    }

    /**
     * A clause from token {@code from}: subject, verb, rest up to {@code restEnd} (or a stop when -1).
     * When the clause starts at its verb ({@code verbAt}), the subject is the sentence's own opening subject.
     */
    private DatedFact clauseFrom(Context ctx, int from, int verbAt, String when, int year, int restEnd) {
        List<Token> t = ctx.s().tokens();
        if (from >= t.size()) {
            return null;
        }
        String subject;
        int v;
        boolean shared = false;
        if (verbAt >= 0 && t.get(verbAt).hasTag("VERB") && !t.get(verbAt).hasTag("AUX")) {
            subject = sentenceSubject(ctx);
            shared = true;
            v = verbAt;
        } else {
            int[] end = new int[1];
            subject = subjectAt(ctx, from, end);
            if (subject == null && restEnd > 0 && from > 0 && List.of("and", ",").contains(t.get(from - 1).text())
                    && (t.get(from).hasTag("VERB", "AUX", "ADV") || TIME_ADVERBS.contains(t.get(from).text()))) {
                subject = sentenceSubject(ctx);
                shared = true;
                end[0] = from;
            }
            for (int k = from + 1; subject == null && restEnd > 0 && k < Math.min(restEnd, from + 6); k++) {
                subject = subjectAt(ctx, k, end);
                if (subject != null && (end[0] >= t.size() || !t.get(end[0]).hasTag("VERB", "AUX", "ADV"))) {
                    subject = null;
                }
            }
            v = end[0];
        }
        if (subject == null || v >= t.size()) {
            return null;
        }
        String adverb = "";
        String aux = "";
        if ((t.get(v).hasTag("ADV") || TIME_ADVERBS.contains(t.get(v).text())) && v + 1 < t.size()) {
            adverb = t.get(v).text();
            v++;
        }
        if (List.of("was", "were").contains(t.get(v).text().toLowerCase(Locale.ROOT)) && v + 1 < t.size()) {
            aux = t.get(v).text();
            v++;
            if (t.get(v).hasTag("ADV") && adverb.isEmpty() && v + 1 < t.size()) {
                adverb = t.get(v).text();
                v++;
            }
        }
        if (aux.isEmpty() && shared && v + 1 < t.size() && t.get(v + 1).hasTag("ADP") && !opensDate(t, v + 1)) {
            aux = openingPassive(t, from);
        }
        Token verb = t.get(v);
        boolean reporting = lexicon.isAttributionVerb(verb.text())
                && !(v + 1 < t.size() && t.get(v + 1).hasTag("NUM", "DET", "NOUN", "PROPN"));
        if (!verb.hasTag("VERB") || !NumberFinder.isPast(verb) || reporting
                || (aux.isEmpty() && WEAK.contains(verb.lemma()))) {
            return null;
        }
        if (aux.isEmpty() && DIRECTIONAL.contains(verb.lemma()) && (v + 1 >= t.size() || opensDate(t, v + 1)
                || OBJECT_STOP.contains(t.get(v + 1).text().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int end = restEnd >= 0 ? restEnd : restStop(t, v + 1);
        String rest = end > v + 1 ? restText(ctx.s(), v + 1, end) : "";
        boolean reducedRelative = aux.isEmpty() && rest != null && !rest.isEmpty() && Character.isLowerCase(subject.charAt(0))
                && List.of("to", "by").contains(t.get(v + 1).text());
        if (rest == null || reducedRelative || rest.startsWith("by ") || (aux.isEmpty() && rest.isEmpty() && restEnd < 0)
                || rest.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String adv = adverb.isEmpty() ? "" : adverb.toLowerCase(Locale.ROOT) + " ";
        String verbText = aux.isEmpty() ? adv + verb.text() : aux + " " + adv + verb.text();
        String question = aux.isEmpty() ? "did " + subject + " " + adv + verb.lemma() : aux + " " + subject + " " + adv + verb.text();
        return new DatedFact(subject, verbText, rest, question + (rest.isEmpty() ? "" : " " + rest), year, when, ctx.s().index());
    }

    /** "in 2011", "in June 2025", "on March 3, 1941" starting at {@code i}. */
    private boolean opensDate(List<Token> t, int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
            if (YEAR.matcher(t.get(k).text()).matches()) {
                return whenStart(t, k) == i;
            }
        }
        return false;
    }

    /**
     * "Calder House was built … in 1968 and sold to Greystone in 2011": the "was" of the sentence's opening passive,
     * which the second verb shares; empty when the sentence does not open with one before {@code before}.
     */
    private static String openingPassive(List<Token> t, int before) {
        for (int k = 0; k + 1 < Math.min(before, t.size()); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (t.get(k).hasTag("VERB") && !t.get(k).hasTag("AUX")) {
                return "";
            }
            if (w.equals("was") || w.equals("were")) {
                int p = t.get(k + 1).hasTag("ADV") ? k + 2 : k + 1;
                return p < t.size() && t.get(p).hasTag("VERB") && NumberFinder.isPast(t.get(p)) ? t.get(k).text() : "";
            }
        }
        return "";
    }

    private static DatedFact passive(Context ctx, String subject, String participle, int year, String when) {
        return new DatedFact(subject, "was " + participle, "", "was " + subject + " " + participle, year, when, ctx.s().index());
    }

    /** Where the words after the verb end; a parenthesis set off by dashes is passed over whole. */
    private static int restStop(List<Token> t, int from) {
        int end = from;
        while (end < t.size() && !OBJECT_STOP.contains(t.get(end).text().toLowerCase(Locale.ROOT))
                && !(t.get(end).text().equals("in") && end + 1 < t.size() && YEAR.matcher(t.get(end + 1).text()).matches())) {
            if (DASHES.contains(t.get(end).text())) {
                int close = end + 1;
                while (close < t.size() && !t.get(close).text().equals(t.get(end).text())) {
                    close++;
                }
                if (close >= t.size()) {
                    return end;
                }
                end = close;
            }
            end++;
        }
        return end;
    }

    /** The words after the verb, without a parenthesis set off by dashes; null when too long or unclear. */
    private static String restText(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        List<int[]> parts = new ArrayList<>();
        int i = from;
        int partStart = from;
        while (i < to) {
            if (t.get(i).text().equals("-") || t.get(i).text().equals("\u2014")) {
                int close = i + 1;
                while (close < to && !t.get(close).text().equals(t.get(i).text())) {
                    close++;
                }
                if (close >= to) {
                    return null;
                }
                parts.add(new int[] {partStart, i});
                i = close + 1;
                partStart = i;
                continue;
            }
            i++;
        }
        parts.add(new int[] {partStart, to});
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (int[] p : parts) {
            if (p[1] > p[0]) {
                out.append(out.length() > 0 ? " " : "").append(Chunker.text(s, p[0], p[1]));
                words += p[1] - p[0];
            }
        }
        for (int k = from; k < to; k++) {
            if (t.get(k).hasTag("PRON") && !List.of("its", "her", "his", "their").contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return words > MAX_REST ? null : out.toString();
    }

    /** A name, a pronoun standing for one, or "the/a" and up to three lower-case words; end[0] gets the token after it. */
    private String subjectAt(Context ctx, int from, int[] end) {
        List<Token> t = ctx.s().tokens();
        for (EntityFinder.Placed p : ctx.here()) {
            boolean possessive = p.to() < t.size() && t.get(p.to()).text().equals("'s");
            if (p.phraseFrom() == from && !possessive && (p.entity().type() == EntityType.PERSON || p.entity().type() == EntityType.ORGANISATION
                    || p.entity().type() == EntityType.COUNTRY || p.entity().type() == EntityType.CITY)) {
                end[0] = p.to();
                if (p.entity().type() == EntityType.PERSON) {
                    return p.entity().shortName();
                }
                // "The EU imposed …" asks "did the EU impose", not "did EU impose".
                boolean the = p.from() > 0 && t.get(p.from() - 1).text().equalsIgnoreCase("the");
                return (the ? "the " : "") + Chunker.text(ctx.s(), p.from(), p.to());
            }
        }
        int name = properNameEnd(t, from);
        if (name > from && name < t.size() && !t.get(name).text().equals("'s")) {
            end[0] = name;
            return Chunker.text(ctx.s(), from, name);
        }
        String word = t.get(from).text().toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(word) && ctx.lastPerson() != null) {
            end[0] = from + 1;
            return ctx.lastPerson().shortName();
        }
        if (word.equals("it") && ctx.lastThing() != null) {
            end[0] = from + 1;
            return ctx.lastThing();
        }
        if (SUBJECT_DET.contains(word)) {
            int k = from + 1;
            while (k < t.size() && k - from <= 4 && t.get(k).hasTag("NOUN", "ADJ") && Character.isLowerCase(t.get(k).text().charAt(0))) {
                k++;
            }
            if (k > from + 1 && t.get(k - 1).hasTag("NOUN")) {
                end[0] = k;
                String np = Chunker.text(ctx.s(), from, k);
                return from == 0 ? Character.toLowerCase(np.charAt(0)) + np.substring(1) : np;
            }
        }
        return null;
    }

    /** The end of a run of capitalised proper nouns from {@code from} (at most four), or {@code from} when none. */
    private static int properNameEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < 4 && t.get(k).hasTag("PROPN") && Character.isUpperCase(t.get(k).text().charAt(0))) {
            k++;
        }
        return k;
    }

    /** The subject that opens the sentence, for a second predicate that shares it. */
    private String sentenceSubject(Context ctx) {
        int[] end = new int[1];
        return subjectAt(ctx, 0, end);
    }

    private String nounPhraseEndingAt(Context ctx, int comma) {
        for (EntityFinder.Placed p : ctx.here()) {
            if (p.to() == comma && p.entity().type() != EntityType.YEAR && p.entity().type() != EntityType.DATE) {
                return p.entity().type() == EntityType.PERSON ? p.entity().shortName() : Chunker.text(ctx.s(), p.from(), p.to());
            }
        }
        List<Token> t = ctx.s().tokens();
        if (properNameEnd(t, 0) == comma) {
            return Chunker.text(ctx.s(), 0, comma);
        }
        int k = comma - 1;
        while (k >= 0 && comma - k <= 3 && t.get(k).hasTag("NOUN", "ADJ") && Character.isLowerCase(t.get(k).text().charAt(0))) {
            k--;
        }
        if (k >= 0 && k < comma - 1 && SUBJECT_DET.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return Chunker.text(ctx.s(), k, comma).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static boolean insideQuote(Sentence s, int i) {
        int quotes = 0;
        for (int k = 0; k < i; k++) {
            if (s.tokens().get(k).text().equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
