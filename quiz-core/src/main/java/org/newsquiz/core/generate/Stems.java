package org.newsquiz.core.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * Checks that a sentence, kept as the article wrote it, can stand as a question's stem: it is not part of a
 * quotation, and its pronouns and "the move"-like phrases point at nothing outside it.
 */
final class Stems {
    static final int MIN_WORDS = 7;
    static final int MAX_WORDS = 40;
    private static final Set<String> ANY_REFERENT = Set.of("who", "whom", "whose", "which", "what", "that", "whatever",
            "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "none", "something", "anything",
            "nothing", "everything", "each", "both", "all", "one", "others", "another", "there");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "itself", "they", "them", "their", "theirs", "themselves");

    private Stems() {
    }

    /**
     * A sentence to ask about: a full sentence of a workable length that neither opens a quotation nor sits inside
     * one carried over from the sentences before it in its paragraph.
     */
    static boolean usable(FactSheet facts, Sentence s) {
        String text = s.text().strip();
        // A sentence opening in lower case or with a dash is a fragment of one split wrongly.
        if (s.wordCount() < MIN_WORDS || s.wordCount() > MAX_WORDS || !text.matches("(?s).*[.!?]$") || !text.matches("(?s)^[\\p{Lu}\\d\"\u201c\u2018'].*")
                || text.matches("(?s)^[\"\u201c\u2018'].*") || quoteMarks(text) % 2 != 0) {
            return false;
        }
        return !insideQuotation(facts, s.index());
    }

    /**
     * Whether a quotation left open by the sentences before it in the paragraph runs through sentence {@code at}.
     * A sentence that opens with a quotation mark starts a new quotation, so one never closed ("…needs to be
     * addressed.") does not carry on past the next that opens one.
     */
    private static boolean insideQuotation(FactSheet facts, int at) {
        List<Sentence> all = facts.text().sentences();
        int first = at;
        while (first > 0 && all.get(first - 1).paragraph() == all.get(at).paragraph()) {
            first--;
        }
        boolean open = false;
        for (int i = first; i < at; i++) {
            String text = all.get(i).text().strip();
            boolean odd = quoteMarks(text) % 2 != 0;
            open = text.matches("(?s)^[\"\u201c].*") ? odd : open ^ odd;
        }
        return open;
    }

    private static long quoteMarks(String text) {
        return text.chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
    }

    /**
     * Whether tokens {@code [from, to)} lean on nothing outside the sentence: no pronoun but those that can only
     * mean the actor asked about ({@code actor}'s kind; none when null), no "the move", no denial.
     */
    static boolean selfContained(Sentence s, int from, int to, EntityType actor) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals(":")
                    || t.hasTag("ADV") && (w.equals("there") || w.equals("here"))) {
                return false;
            }
            if (t.hasTag("PRON") && !ANY_REFERENT.contains(w) && !ownPronoun(w, actor) && !pointsWithin(tokens, from, i, w)) {
                return false;
            }
            if (i + 1 < to && ClauseText.pointsBack(w, tokens.get(i + 1).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "e-mails should be deleted if they served no purpose": "they" after a plural noun, or "he" or "she" after a
     * name, in the same stem means that noun or name, not something outside. "It" may mean anything said before.
     */
    private static boolean pointsWithin(List<Token> tokens, int from, int at, String w) {
        boolean person = PERSON_PRONOUNS.contains(w);
        if (!person && !PLURAL_PRONOUNS.contains(w)) {
            return false;
        }
        for (int i = from; i < at; i++) {
            Token t = tokens.get(i);
            if (person ? t.hasTag("PROPN") : t.hasTag("NOUN") && t.text().endsWith("s") && !t.lemma().equals(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownPronoun(String w, EntityType actor) {
        if (actor == null) {
            return false;
        }
        return (actor == EntityType.PERSON ? PERSON_PRONOUNS : GROUP_PRONOUNS).contains(w);
    }

    /**
     * The one person "he" or "she" at token {@code at} can mean, or the one organisation "the company" or "the
     * firm" can: the only one of the kind named in the sentence just before it (in the paragraph, or the paragraph
     * before), as its subject. Null when two are named there, or none, or it is named after the verb.
     * {@link #referentLength} words refer.
     */
    static Entity referent(FactSheet facts, Sentence s, int at) {
        int length = referentLength(s, at);
        if (length == 0) {
            return null;
        }
        EntityType type = length == 1 ? EntityType.PERSON : EntityType.ORGANISATION;
        if (s.index() == 0) {
            return null;
        }
        Sentence before = facts.text().sentences().get(s.index() - 1);
        if (before.paragraph() < s.paragraph() - 1) {
            return null;
        }
        // "Mr Brown set aside £1bn. But the Liberal Democrats said … He urged …": the sentence before has its own
        // subject, so "he" is not looked for further back, nor among the names after its verb.
        int verb = before.firstVerb();
        Set<Entity> named = new LinkedHashSet<>();
        boolean afterVerb = false;
        for (Entity e : facts.entities()) {
            for (Mention m : e.mentions()) {
                if (m.sentence() == before.index() && e.type() == type) {
                    named.add(e);
                    afterVerb |= before.tokenAt(m.span().start()) > verb;
                }
            }
        }
        return named.size() == 1 && !afterVerb ? named.iterator().next() : null;
    }

    /**
     * A wrong option for {@code answer}: a person's name, not a title taken for one ("Salford MP"), and written as
     * fully as the answer ("Macron" beside "Volodymyr Zelensky" would turn every name into a surname).
     */
    static boolean plausibleBeside(FactSheet facts, Entity e, Entity answer) {
        if (e.type() != EntityType.PERSON) {
            return true;
        }
        String[] words = e.name().split(" ");
        return words[words.length - 1].matches("\\p{Lu}[\\p{Ll}'’-].*") && (words.length > 1 || !answer.name().contains(" "))
                && surelyPerson(facts, e);
    }

    /**
     * Whether {@code e} shares a name word with one of {@code chosen}: "Sir Digby" beside "Sir Digby Jones", "Gordon
     * Brown" beside "Nick Brown" — one person twice, or two that a surname alone in the article would not tell apart.
     */
    static boolean sharesName(Entity e, List<Entity> chosen) {
        Set<String> words = nameWords(e);
        return chosen.stream().anyMatch(c -> nameWords(c).stream().anyMatch(words::contains));
    }

    private static Set<String> nameWords(Entity e) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : e.name().split("[ -]")) {
            if (w.length() >= 3 && !COURTESY.matcher(w + " ").lookingAt() && Character.isUpperCase(w.charAt(0))) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * "Clarence House", "King Cross", "Global Insight" taken for people: a name is surely a person's with a known given
     * name, a courtesy title ("Mr Brown") or a title the article gives, or as a given name and a surname whose last
     * word is not one that places and firms end with, nor a plural of people.
     */
    static boolean surelyPerson(FactSheet facts, Entity e) {
        String[] words = e.name().split(" ");
        String last = words[words.length - 1];
        return e.type() != EntityType.PERSON || introduced(facts, e)
                || words.length >= 2 && !NOT_SURNAMES.contains(last) && !GROUP_NOUN.matcher(last).matches();
    }

    /** "Police Officers", "Junior Doctors": a plural of people is a group, not a surname, without a given name. */
    private static final java.util.regex.Pattern GROUP_NOUN = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:ers|ors|ists|ians|ees|ants|ents)");

    /**
     * A person the article introduces as one: a known given name, a courtesy title ("Mr Brown"), a title of the
     * article's or a common noun right before the name ("union leader Greta Lind"). Stricter than
     * {@link #surelyPerson}: "Ann Arbor" and "Robin Hood" pass that.
     */
    static boolean introduced(FactSheet facts, Entity e) {
        String[] words = e.name().split(" ");
        if (org.newsquiz.core.facts.Lexicon.shared().isFirstName(words[0])) {
            return true;
        }
        if (GROUP_NOUN.matcher(words[words.length - 1]).matches()) {
            return false; // "Association of Chief Police Officers": "Chief" read as the title of "Police Officers"
        }
        if (!facts.rolesOf(e).isEmpty()) {
            return true;
        }
        for (Mention m : e.mentions()) {
            Sentence s = facts.text().sentences().get(m.sentence());
            int at = s.tokenAt(m.span().start());
            Token before = at > 0 ? s.tokens().get(at - 1) : null;
            if (COURTESY.matcher(m.text()).lookingAt() || before != null && before.hasTag("NOUN") && Character.isLowerCase(before.text().charAt(0))) {
                return true;
            }
        }
        return e.aliases().stream().anyMatch(a -> COURTESY.matcher(a).lookingAt());
    }

    private static final Set<String> NOT_SURNAMES = Set.of("House", "Cross", "Street", "Road", "Square", "Park", "Hall",
            "Centre", "Center", "Bank", "Group", "Insight", "Court", "Palace", "Castle", "Bridge", "Station", "Airport",
            "Hospital", "University", "College", "School", "Church", "Abbey", "Gate", "Lane", "Place", "Field", "Stadium",
            "Arena", "Theatre", "Gallery", "Museum", "Tower", "Office", "Partners", "Capital", "Research", "Media", "Studios",
            "Records", "Pictures", "Entertainment", "Motors", "Airlines", "Foods", "Systems", "Networks", "Labs",
            "Technologies", "Holdings", "Associates", "Consulting", "Economics", "Securities", "Investments", "Insurance",
            "Yard", "Way", "Club", "Trust", "Fund", "Council", "Committee", "Agency", "Institute", "Society", "Union");

    private static final java.util.regex.Pattern COURTESY = java.util.regex.Pattern.compile(
            "(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\\.? ");

    /** 1 for "he" or "she" at token {@code at}, 2 for "the company" and its like, else 0. */
    static int referentLength(Sentence s, int at) {
        List<Token> t = s.tokens();
        String w = t.get(at).text().toLowerCase(Locale.ROOT);
        if (w.equals("he") || w.equals("she")) {
            return 1;
        }
        return w.equals("the") && at + 1 < t.size() && FIRM_NOUNS.contains(t.get(at + 1).text()) ? 2 : 0;
    }

    private static final Set<String> FIRM_NOUNS = Set.of("company", "firm", "group", "bank", "carrier", "retailer",
            "airline", "chain", "maker", "manufacturer", "broadcaster", "operator", "insurer", "lender", "supermarket");

    /**
     * Whether the tokens before {@code before} and after {@code next} join other names to the run between them
     * ("including _____, Cate Blanchett and …", "Germany, South Korea, Angola, _____"): a list longer than the run.
     */
    static boolean besideNames(Sentence s, int before, int next) {
        List<Token> t = s.tokens();
        boolean joinedBefore = before >= 1 && t.get(before).text().matches(",|and|or") && t.get(before - 1).hasTag("PROPN");
        boolean joinedAfter = next + 1 < t.size() && t.get(next).text().matches(",|and|or") && t.get(next + 1).hasTag("PROPN");
        return joinedBefore || joinedAfter;
    }

    /** How many main verbs tokens {@code [from, to)} hold: a verb group has one ("UK critics still favour" has two). */
    static long mainVerbs(Sentence s, int from, int to) {
        return s.tokens().subList(from, to).stream().filter(t -> t.hasTag("VERB")).count();
    }

    /** Whether {@code e} is named in tokens {@code [from, to)} of the sentence. */
    static boolean namedIn(Entity e, Sentence s, int from, int to) {
        for (Mention m : e.mentions()) {
            int at = s.tokenAt(m.span().start());
            if (m.sentence() == s.index() && at >= from && at < to) {
                return true;
            }
        }
        return false;
    }

    /** The end of the sentence's words: closing punctuation left out, a closing quotation mark kept. */
    static int wordsEnd(Sentence s, int from) {
        int end = s.tokens().size();
        while (end > from && !Character.isLetterOrDigit(s.tokens().get(end - 1).text().charAt(0))
                && !s.tokens().get(end - 1).text().matches("[\"\u201d)%]")) {
            end--;
        }
        return end;
    }

    /** "Last year" at a sentence's start becomes "last year" at a question's end; a name keeps its capital. */
    static String lowerFirst(Sentence s, int from, String text) {
        Token t = s.tokens().get(from);
        return t.hasTag("PROPN") || t.text().equals("I") ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
