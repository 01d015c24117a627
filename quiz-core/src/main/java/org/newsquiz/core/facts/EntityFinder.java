package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;
import org.newsquiz.core.text.Token;

/**
 * Entities and roles from listed phrases and capitalised names. People are recognised by a title
 * before the name, a known first name, an apposition with a title or an attribution verb after the
 * name; short names and spelling variants ("Zelenskyy") are merged into the full name.
 */
final class EntityFinder {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "inside", "into",
            "across", "around", "toward", "towards", "via", "visit", "visited", "reached", "throughout", "within");
    private static final Pattern YEAR = Pattern.compile("1[6-9]\\d\\d|20\\d\\d");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> OF_AT = Set.of("of", "at", "for", "in", "with");
    private static final Set<String> APPOSITION_END = Set.of(",", ".", "and", ";");
    /** A relative clause after the title ("a bus driver whose son is eight") ends the apposition too. */
    private static final Set<String> RELATIVE = Set.of("who", "whose", "which");
    private static final Map<String, String> OFFICE_VERBS = Map.of("leads", "leader", "heads", "head", "chairs", "chair",
            "directs", "director", "manages", "manager", "coaches", "coach", "owns", "owner");
    private static final Pattern DAY = Pattern.compile("[1-9]|[12]\\d|3[01]");

    private final Lexicon lexicon;
    private final Chunker chunker;

    record Result(List<Entity> entities, List<Role> roles, Map<Integer, List<Placed>> bySentence) {
    }

    /** An entity mention with its token range, for the later stages. */
    record Placed(Entity entity, int sentence, int from, int to, int phraseFrom) {
    }

    private record Raw(EntityType type, String key, String text, int sentence, int from, int to, int phraseFrom,
            boolean locative, boolean metonymic) {
    }

    private record RawRole(Raw person, String title, String affiliation, int sentence, int from, int to) {
    }

    EntityFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.chunker = new Chunker(lexicon);
    }

    Result find(AnalyzedText text) {
        List<Raw> raws = new ArrayList<>();
        List<RawRole> rawRoles = new ArrayList<>();
        List<Chunk> unknown = new ArrayList<>();
        List<Chunk> descriptors = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Chunk> chunks = chunker.chunk(s);
            for (int k = 0; k < chunks.size(); k++) {
                Chunk c = chunks.get(k);
                if (c.isName()) {
                    name(s, chunks, k, raws, rawRoles, unknown);
                } else {
                    listed(s, chunks, k, c, raws, descriptors);
                }
            }
            years(s, raws);
        }
        Map<String, List<Raw>> people = clusterPeople(raws, unknown);
        people.entrySet().removeIf(e -> teamOrCompany(e.getKey(), e.getValue(), rawRoles));
        return build(text, raws, rawRoles, people, descriptors);
    }

    private void listed(Sentence s, List<Chunk> chunks, int k, Chunk c, List<Raw> raws, List<Chunk> descriptors) {
        Lexicon.Entry e = c.entry();
        List<Token> t = s.tokens();
        String before = c.from() > 0 ? t.get(c.from() - 1).text().toLowerCase(Locale.ROOT) : "";
        boolean locative = LOCATIVE.contains(before);
        boolean subject = c.to() < t.size() && t.get(c.to()).hasTag("VERB", "AUX");
        boolean possessive = c.to() < t.size() && t.get(c.to()).text().equals("'s");
        switch (e.kind()) {
            case COUNTRY -> raws.add(new Raw(EntityType.COUNTRY, e.canonical(), e.canonical(), s.index(), c.from(), c.to(), c.from(),
                    locative, subject || possessive));
            case REGION -> raws.add(new Raw(EntityType.REGION, e.canonical(), c.text(), s.index(), c.from(), c.to(), c.from(),
                    locative || !subject, false));
            case CITY -> {
                boolean stands = e.capital() ? !locative : subject || possessive;
                raws.add(new Raw(EntityType.CITY, e.canonical(), c.text(), s.index(), c.from(), c.to(), c.from(), !stands, stands));
            }
            case ORGANISATION -> raws.add(new Raw(EntityType.ORGANISATION, e.canonical(), e.canonical(), s.index(), c.from(), c.to(),
                    c.from(), false, false));
            case MONTH -> date(s, c, raws);
            case TITLE -> {
                boolean nameFollows = k + 1 < chunks.size() && chunks.get(k + 1).from() == c.to() && chunks.get(k + 1).isName();
                boolean bare = c.from() >= 1 && t.get(c.from() - 1).text().equalsIgnoreCase("the");
                if (!nameFollows && (bare || c.from() >= 2 && t.get(c.from() - 2).text().equalsIgnoreCase("the"))) {
                    descriptors.add(c);
                }
            }
            default -> {
            }
        }
    }

    private void date(Sentence s, Chunk c, List<Raw> raws) {
        List<Token> t = s.tokens();
        int from = c.from();
        int to = c.to();
        if (from > 0 && DAY.matcher(t.get(from - 1).text()).matches()) {
            from--;
        }
        if (to < t.size() && DAY.matcher(t.get(to).text()).matches()) {
            to++;
        }
        if (to + 1 < t.size() && t.get(to).text().equals(",") && YEAR.matcher(t.get(to + 1).text()).matches()) {
            to += 2;
        } else if (to < t.size() && YEAR.matcher(t.get(to).text()).matches()) {
            to++;
        }
        if (to - from > 1) {
            String text = Chunker.text(s, from, to);
            raws.add(new Raw(EntityType.DATE, text, text, s.index(), from, to, from, false, false));
        }
    }

    private void years(Sentence s, List<Raw> raws) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!YEAR.matcher(tok.text()).matches()) {
                continue;
            }
            boolean unitFollows = i + 1 < t.size() && t.get(i + 1).hasTag("NOUN") && t.get(i + 1).text().endsWith("s")
                    && !t.get(i + 1).lemma().equals(t.get(i + 1).text());
            boolean inDate = i > 0 && (lexicon.lookup(t.get(i - 1).text()) != null || t.get(i - 1).text().equals(","))
                    && i > 1 && DAY.matcher(t.get(i - 2).text()).matches();
            if (!unitFollows && !inDate && !(i > 0 && t.get(i - 1).text().equals("$"))) {
                raws.add(new Raw(EntityType.YEAR, tok.text(), tok.text(), s.index(), i, i + 1, i, false, false));
            }
        }
    }

    private void name(Sentence s, List<Chunk> chunks, int k, List<Raw> raws, List<RawRole> roles, List<Chunk> unknown) {
        Chunk c = chunks.get(k);
        List<Token> t = s.tokens();
        int phraseFrom = c.from();
        StringBuilder title = new StringBuilder();
        String affiliation = "";
        int j = k - 1;
        int edge = c.from();
        if (preposedApposition(s, chunks, k)) {
            edge--;
        }
        while (j >= 0 && chunks.get(j).to() == edge && chunks.get(j).is(Lexicon.Kind.TITLE)) {
            title.insert(0, chunks.get(j).text() + (title.length() > 0 ? " " : ""));
            edge = chunks.get(j).from();
            j--;
        }
        boolean titleFollows = k + 1 < chunks.size() && chunks.get(k + 1).from() == c.to() && chunks.get(k + 1).is(Lexicon.Kind.TITLE)
                && Character.isUpperCase(chunks.get(k + 1).text().charAt(0));
        if (title.length() > 0 && titleFollows) {
            return; // "Chief Medical Officer": a word inside a longer title, not a person called "Medical"
        }
        if (title.length() > 0) {
            int whole = titleModifiersBefore(t, edge);
            if (whole < edge) {
                String modifier = Chunker.text(s, whole, edge);
                if (whole == 0 && Character.isLowerCase(title.charAt(0))) {
                    modifier = modifier.toLowerCase(Locale.ROOT); // "Former president" opening the sentence
                }
                title.insert(0, modifier + (modifier.endsWith("-") ? "" : " "));
                edge = whole;
                j = chunks.size() > 0 ? lastChunkEndingAt(chunks, edge, j) : j;
            }
            if (j >= 0 && chunks.get(j).to() == edge && (chunks.get(j).is(Lexicon.Kind.DEMONYM)
                    || chunks.get(j).is(Lexicon.Kind.COUNTRY) || chunks.get(j).is(Lexicon.Kind.ORGANISATION))) {
                affiliation = chunks.get(j).text();
                edge = chunks.get(j).from();
            } else if (j >= 0 && edge >= 1 && t.get(edge - 1).text().equals("'s") && chunks.get(j).to() == edge - 1
                    && !chunks.get(j).is(Lexicon.Kind.TITLE)) {
                affiliation = chunks.get(j).text() + "'s";
                edge = chunks.get(j).from();
            } else if (edge >= 2 && t.get(edge - 1).text().equals("'s") && t.get(edge - 2).hasTag("NOUN")
                    && Character.isLowerCase(t.get(edge - 2).text().charAt(0))) {
                edge -= 2;
                boolean the = edge >= 1 && t.get(edge - 1).text().equalsIgnoreCase("the");
                affiliation = (the ? "the " : "") + t.get(edge).text() + "'s";
                edge -= the ? 1 : 0;
            }
            // "Chief Medical Officer Lars Berg" read as "Officer": a capitalised word before the title that is no
            // affiliation means the title is only partly known, and a partial title is never asked.
            boolean partial = affiliation.isEmpty() && edge > 0 && t.get(edge - 1).isCapitalised() && !t.get(edge - 1).hasTag("PUNCT")
                    && !(j >= 0 && chunks.get(j).to() == edge && !chunks.get(j).isName());
            phraseFrom = edge;
            Raw person = new Raw(EntityType.PERSON, c.text(), c.text(), s.index(), c.from(), c.to(), phraseFrom, false, false);
            raws.add(person);
            if (partial) {
                return;
            }
            RawRole apposition = apposition(s, chunks, k);
            if (apposition != null) {
                roles.add(new RawRole(person, apposition.title(), apposition.affiliation(), s.index(), c.from(), apposition.to()));
            }
            if (!c.text().contains(" ") && affiliation.isEmpty() && title.toString().equalsIgnoreCase("president")) {
                return;
            }
            roles.add(new RawRole(person, title.toString(), affiliation, s.index(), phraseFrom, c.to()));
            return;
        }
        if (lexicon.isNotPerson(c.text())) {
            return;
        }
        String first = t.get(c.from()).text();
        int words = c.to() - c.from();
        boolean attributed = c.to() < t.size() && (lexicon.isAttributionVerb(t.get(c.to()).text()) || lifeEvent(t, c.to())
                || (words >= 2 && age(t, c.to()))) && !namedByCommonNoun(t, c.from());
        boolean introduced = words >= 2 && (invertedAttribution(t, c) || personApposition(t, c) || personNounBefore(t, c.from())
                || (c.to() + 1 < t.size() && t.get(c.to()).text().equals(",") && t.get(c.to() + 1).text().equals("who")));
        RawRole apposition = apposition(s, chunks, k);
        String last = t.get(c.to() - 1).text();
        if (lexicon.isOrgSuffix(last) && words >= 2) {
            raws.add(new Raw(EntityType.ORGANISATION, c.text(), c.text(), s.index(), c.from(), c.to(), c.from(), false, false));
        } else if (apposition != null || introduced || (words >= 2 && lexicon.isFirstName(first)) || (attributed && t.get(c.from()).hasTag("PROPN"))) {
            String name = withoutTitle(c.text());
            int from = c.from();
            while (!name.equals(c.text()) && from < c.to() - 1 && !name.startsWith(t.get(from).text())) {
                from++;
            }
            Raw person = new Raw(EntityType.PERSON, name, name, s.index(), from, c.to(), c.from(), false, false);
            raws.add(person);
            if (apposition != null) {
                roles.add(new RawRole(person, apposition.title(), apposition.affiliation(), s.index(), c.from(), apposition.to()));
            }
        } else {
            unknown.add(c);
        }
    }

    /** Where the title before {@code edge} begins once "Deputy", "former", "ex-", "Under-" are counted in. */
    private int titleModifiersBefore(List<Token> t, int edge) {
        int m = edge;
        while (m >= 1 && (lexicon.isTitleModifier(t.get(m - 1).text())
                || (m >= 2 && t.get(m - 1).text().equals("-") && lexicon.isTitleModifier(t.get(m - 2).text()))
                || (t.get(m - 1).text().endsWith("-") && lexicon.isTitleModifier(t.get(m - 1).text().replace("-", ""))))) {
            m -= t.get(m - 1).text().equals("-") ? 2 : 1;
        }
        return m;
    }

    /** The index of the last chunk before chunk {@code j + 1} that ends at {@code edge}, or the one before. */
    private static int lastChunkEndingAt(List<Chunk> chunks, int edge, int j) {
        int k = j;
        while (k >= 0 && chunks.get(k).to() > edge) {
            k--;
        }
        return k;
    }

    /**
     * "Mark Rutte, NATO's secretary-general,", "Anders Lindgren, Nordvik's chief executive,", "Maria Cunha, the
     * president of the farmers' association," or "Jonas Ek, a transport analyst at a Stockholm brokerage,".
     */
    private RawRole apposition(Sentence s, List<Chunk> chunks, int k) {
        List<Token> t = s.tokens();
        Chunk c = chunks.get(k);
        if (c.to() >= t.size() || !t.get(c.to()).text().equals(",")) {
            return null;
        }
        int i = c.to() + 1;
        RawRole relative = relativeRole(s, i);
        if (relative != null) {
            return relative;
        }
        String article = "";
        if (i < t.size() && ARTICLES.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            article = t.get(i).text().toLowerCase(Locale.ROOT);
            i++;
        }
        String affiliation = "";
        Chunk next = chunkAt(chunks, i);
        if (next != null && !next.is(Lexicon.Kind.TITLE) && next.to() < t.size() && t.get(next.to()).text().equals("'s")) {
            affiliation = next.text() + "'s";
            i = next.to() + 1;
        } else if (next != null && (next.is(Lexicon.Kind.ORGANISATION) || next.is(Lexicon.Kind.DEMONYM) || next.is(Lexicon.Kind.COUNTRY))) {
            affiliation = next.text();
            i = next.to();
        } else if (next == null && article.equals("the") && i + 1 < t.size() && t.get(i).hasTag("NOUN")
                && Character.isLowerCase(t.get(i).text().charAt(0)) && t.get(i + 1).text().equals("'s")) {
            // "Paolo Ferraresi, the agency's mission manager," : a common noun's possessive as the affiliation.
            affiliation = "the " + t.get(i).text() + "'s";
            i += 2;
        }
        int modifiersFrom = i;
        while (i < t.size() && i - modifiersFrom < 2 && chunkAt(chunks, i) == null && t.get(i).hasTag("ADJ", "NOUN")
                && Character.isLowerCase(t.get(i).text().charAt(0))) {
            i++;
        }
        Chunk title = chunkAt(chunks, i);
        if (title == null || !title.is(Lexicon.Kind.TITLE)) {
            return null;
        }
        int end = title.to();
        if (end < t.size() && OF_AT.contains(t.get(end).text())) {
            int tail = end + 1;
            while (tail < t.size() && tail - end <= 8 && !APPOSITION_END.contains(t.get(tail).text())
                    && !t.get(tail).hasTag("VERB", "AUX", "PRON")) {
                tail++;
            }
            if (tail < t.size() && APPOSITION_END.contains(t.get(tail).text()) && tail > end + 1) {
                end = tail;
            }
        }
        if (end < t.size() && !APPOSITION_END.contains(t.get(end).text()) && !RELATIVE.contains(t.get(end).text())) {
            return null;
        }
        String role = Chunker.text(s, modifiersFrom, end);
        if ((article.equals("a") || article.equals("an")) && !affiliation.isEmpty() && !affiliation.endsWith("'s")) {
            // "Marta Ondrova, a Czech astronomer,": the article belongs before the affiliation, and both to the title.
            role = article + " " + affiliation + " " + role;
            affiliation = "";
        } else if (article.equals("a") || article.equals("an")) {
            role = article + " " + role;
        } else if (affiliation.isEmpty() && !article.equals("the") && modifiersFrom == title.from() && end == title.to()) {
            return null;
        }
        return new RawRole(null, role, affiliation, s.index(), c.from(), end);
    }

    /**
     * "Camille Marchand, who leads the regional health agency's vaccination programme," : a verb of office and what it
     * governs, read as the title "leader of the regional health agency's vaccination programme".
     */
    private static RawRole relativeRole(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i + 2 >= t.size() || !t.get(i).text().equals("who")) {
            return null;
        }
        String office = OFFICE_VERBS.get(t.get(i + 1).text());
        int from = i + 2;
        int end = from;
        while (end < t.size() && end - from < 10 && !APPOSITION_END.contains(t.get(end).text())
                && !t.get(end).hasTag("VERB", "AUX", "PRON")) {
            end++;
        }
        if (office == null || end - from < 2 || (end < t.size() && !APPOSITION_END.contains(t.get(end).text()))) {
            return null;
        }
        return new RawRole(null, office + " of " + Chunker.text(s, from, end), "", s.index(), i, end);
    }

    /** "the council's finance officer, Priya Shah." : a title, a comma, then the name closing the phrase. */
    private static boolean preposedApposition(Sentence s, List<Chunk> chunks, int k) {
        List<Token> t = s.tokens();
        Chunk c = chunks.get(k);
        if (k == 0 || c.from() < 2 || !t.get(c.from() - 1).text().equals(",")) {
            return false;
        }
        Chunk before = chunks.get(k - 1);
        boolean closes = c.to() >= t.size() || List.of(",", ".", ";").contains(t.get(c.to()).text());
        return closes && before.to() == c.from() - 1 && before.is(Lexicon.Kind.TITLE)
                && before.from() >= 1 && t.get(before.from() - 1).text().equals("'s");
    }

    /**
     * "operator Enedis said", "the University of Brest said": a name after "of" or a common noun is an
     * organisation's or a place's, not a person's.
     */
    private static boolean namedByCommonNoun(List<Token> t, int from) {
        if (from == 0) {
            return false;
        }
        Token before = t.get(from - 1);
        return before.text().equals("of") || (before.hasTag("NOUN") && Character.isLowerCase(before.text().charAt(0)));
    }

    /** "…," said Maren Solheim: a two-word name right after an attribution verb that follows a quote or a comma. */
    private boolean invertedAttribution(List<Token> t, Chunk c) {
        int verb = c.from() - 1;
        if (verb < 1 || !lexicon.isAttributionVerb(t.get(verb).text())) {
            return false;
        }
        String before = t.get(verb - 1).text();
        return before.equals(",") || before.equals("\"") || before.equals("\u201D") || before.equals("'");
    }

    /**
     * "The national mediator, Knut Berge, said", "Its spokeswoman, Jana Richter, said": a name set off by commas
     * after a noun for a person ("-er", "-or", "-ist", "-man", "-woman", "-person", "-ian", "-ent").
     */
    private static boolean personApposition(List<Token> t, Chunk c) {
        if (c.from() < 2 || !t.get(c.from() - 1).text().equals(",") || c.to() >= t.size() || !t.get(c.to()).text().equals(",")) {
            return false;
        }
        Token noun = t.get(c.from() - 2);
        return noun.hasTag("NOUN") && Character.isLowerCase(noun.text().charAt(0)) && PERSON_NOUN.matcher(noun.text()).find();
    }

    /** "Climate researcher Sophie Morvan", "bus driver Nadia Benali". */
    private static boolean personNounBefore(List<Token> t, int from) {
        String noun = from >= 1 ? t.get(from - 1).text() : "";
        return from >= 1 && t.get(from - 1).hasTag("NOUN") && Character.isLowerCase(noun.charAt(0))
                && PERSON_NOUN.matcher(noun).find() && !BUSINESS_NOUN.matcher(noun).find();
    }

    /** "chipmaker Lumitek Semiconductor", "operator Enedis": nouns in -er and -or that name companies. */
    private static final Pattern BUSINESS_NOUN = Pattern.compile(
            "(maker|operator|provider|retailer|manufacturer|producer|developer|insurer|lender|carrier|supplier|broker|publisher|distributor|exporter|importer)$");

    private static final Pattern PERSON_NOUN = Pattern.compile("(er|or|ist|man|woman|person|ian|ent)$");

    /** "died", "dies" or "was born" right after a name: only people do that in news text. */
    private static boolean lifeEvent(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        return w.equals("died") || w.equals("dies") || (w.equals("was") && i + 1 < t.size() && t.get(i + 1).text().equals("born"));
    }

    /** ", 72," after a name: an age. */
    private static boolean age(List<Token> t, int i) {
        return i + 2 < t.size() && t.get(i).text().equals(",") && t.get(i + 1).text().matches("\\d{1,3}")
                && Integer.parseInt(t.get(i + 1).text()) < 120 && List.of(",", ".").contains(t.get(i + 2).text());
    }

    private static Chunk chunkAt(List<Chunk> chunks, int from) {
        for (Chunk c : chunks) {
            if (c.from() == from) {
                return c;
            }
        }
        return null;
    }

    private Map<String, List<Raw>> clusterPeople(List<Raw> raws, List<Chunk> unknown) {
        Map<String, List<Raw>> clusters = new LinkedHashMap<>();
        List<Raw> people = raws.stream().filter(r -> r.type() == EntityType.PERSON)
                .sorted((a, b) -> Integer.compare(b.text().split(" ").length, a.text().split(" ").length)).toList();
        for (Raw p : people) {
            String key = clusterOf(clusters, p.text());
            clusters.computeIfAbsent(key == null ? p.text() : key, x -> new ArrayList<>()).add(p);
        }
        for (Chunk c : unknown) {
            String key = clusterOf(clusters, c.text());
            if (key != null) {
                Raw r = new Raw(EntityType.PERSON, c.text(), c.text(), c.sentence(), c.from(), c.to(), c.from(), false, false);
                clusters.get(key).add(r);
                raws.add(r);
            }
        }
        clusters.entrySet().removeIf(e -> !e.getKey().contains(" ") && startsLongerName(e.getKey(), unknown));
        return clusters;
    }

    /**
     * "Kestrel Bay, who finished second" beside "Kestrel Bay's goalkeeper Ellie Marsh": a name whose possessive
     * gives other people their roles, with no first name and no role of its own, is a team's or a company's.
     * ("Trump's envoy" leaves Trump a person: he has a title of his own.)
     */
    private boolean teamOrCompany(String name, List<Raw> mentions, List<RawRole> roles) {
        if (lexicon.isFirstName(name.split(" ")[0])) {
            return false;
        }
        boolean ownRole = roles.stream().anyMatch(r -> r.person() != null && mentions.contains(r.person()));
        boolean givesRoles = roles.stream().anyMatch(r -> r.affiliation().equals(name + "'s"));
        return givesRoles && !ownRole;
    }

    /** "Greystone said" where the article also writes "Greystone Residential": a company known by its first word. */
    private static boolean startsLongerName(String word, List<Chunk> unknown) {
        return unknown.stream().anyMatch(c -> c.text().startsWith(word + " "));
    }

    /**
     * The cluster {@code name} belongs to. A first name alone ("Gordon") joins the one person called so, and
     * none when two are.
     */
    private String clusterOf(Map<String, List<Raw>> clusters, String name) {
        if (!name.contains(" ") && lexicon.isFirstName(name)) {
            List<String> owners = clusters.keySet().stream()
                    .filter(k -> k.contains(" ") && withoutHonorific(k).startsWith(name + " ")).toList();
            if (owners.size() == 1) {
                return owners.get(0);
            }
        }
        for (String key : clusters.keySet()) {
            if (samePerson(key, name)) {
                return key;
            }
        }
        return null;
    }

    /** "Mr Brown", "Brown" and "Gordon Brown" are one person; "Mr Brown" and "Mrs Brown" are not. */
    boolean samePerson(String a, String b) {
        String sa = lexicon.honorific(a.split(" ")[0]);
        String sb = lexicon.honorific(b.split(" ")[0]);
        if (sa != null && sb != null && !sa.equals(sb) && !sa.equals("-") && !sb.equals("-")) {
            return false;
        }
        return sameName(withoutHonorific(a), withoutHonorific(b));
    }

    private String withoutHonorific(String name) {
        int space = name.indexOf(' ');
        return space > 0 && lexicon.honorific(name.substring(0, space)) != null ? name.substring(space + 1) : name;
    }

    static boolean sameName(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        String lx = x[x.length - 1].toLowerCase(Locale.ROOT);
        String ly = y[y.length - 1].toLowerCase(Locale.ROOT);
        boolean surname = lx.equals(ly) || (Math.min(lx.length(), ly.length()) >= 6 && closeSpelling(lx, ly));
        if (!surname) {
            return familyNameFirst(x, y) || familyNameFirst(y, x);
        }
        return x.length < 2 || y.length < 2 || x[0].equalsIgnoreCase(y[0]) || endsWith(x, y) || endsWith(y, x);
    }

    /** "Chen" for "Chen Wei-lin": a name whose hyphenated given name follows the family name. */
    private static boolean familyNameFirst(String[] full, String[] single) {
        return single.length == 1 && full.length == 2 && Entity.HYPHENATED_GIVEN_NAME.matcher(full[1]).matches()
                && full[0].equalsIgnoreCase(single[0]);
    }

    /** "Sofie Van Damme" ends with "Van Damme". */
    private static boolean endsWith(String[] longer, String[] shorter) {
        if (shorter.length >= longer.length) {
            return false;
        }
        for (int k = 1; k <= shorter.length; k++) {
            if (!longer[longer.length - k].equalsIgnoreCase(shorter[shorter.length - k])) {
                return false;
            }
        }
        return true;
    }

    /** One letter added, dropped or changed: "Zelensky" and "Zelenskyy". */
    private static boolean closeSpelling(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /** The longest form a person is called by, without a leading title ("Dr. Camille Marchand" gives "Camille Marchand"). */
    private String fullestName(String first, List<Raw> mentions) {
        String best = withoutTitle(first);
        for (Raw r : mentions) {
            String name = withoutTitle(r.text());
            if (name.split(" ").length > best.split(" ").length) {
                best = name;
            }
        }
        return best;
    }

    private String withoutTitle(String name) {
        String[] words = name.split(" ");
        Lexicon.Entry title = lexicon.lookup(words[0].replace(".", ""));
        boolean givenName = lexicon.isFirstName(words[0]); // "Dean Martin" keeps "Dean"
        if (words.length > 1 && !givenName && (title != null && title.kind() == Lexicon.Kind.TITLE || words[0].endsWith("."))) {
            return name.substring(words[0].length() + 1);
        }
        return name;
    }

    private Result build(AnalyzedText text, List<Raw> raws, List<RawRole> rawRoles, Map<String, List<Raw>> people,
            List<Chunk> descriptors) {
        Map<Raw, String> keyOf = new java.util.IdentityHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (Map.Entry<String, List<Raw>> cluster : people.entrySet()) {
            String key = "person:" + cluster.getKey().toLowerCase(Locale.ROOT);
            for (Raw r : cluster.getValue()) {
                keyOf.put(r, key);
            }
            display.put(key, fullestName(cluster.getKey(), cluster.getValue()));
            types.put(key, EntityType.PERSON);
        }
        for (Raw r : raws) {
            if (r.type() != EntityType.PERSON) {
                String key = r.type().name().toLowerCase(Locale.ROOT) + ":" + r.key().toLowerCase(Locale.ROOT);
                keyOf.put(r, key);
                display.putIfAbsent(key, r.key());
                types.put(key, r.type());
            }
        }
        List<Raw> ordered = raws.stream().filter(keyOf::containsKey)
                .sorted((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.from(), b.from()))
                .toList();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        for (Raw r : ordered) {
            String key = keyOf.get(r);
            Sentence s = text.sentences().get(r.sentence());
            Span span = new Span(s.tokens().get(r.from()).span().start(), s.tokens().get(r.to() - 1).span().end());
            mentions.computeIfAbsent(key, x -> new ArrayList<>()).add(new Mention(r.text(), span, r.sentence(), r.locative(), r.metonymic()));
            aliases.computeIfAbsent(key, x -> new java.util.TreeSet<>()).add(r.text());
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (String key : mentions.keySet()) {
            Set<String> names = aliases.get(key);
            if (types.get(key) == EntityType.PERSON) {
                Entity bare = new Entity(key, EntityType.PERSON, display.get(key), Set.of(), List.of());
                names.removeIf(n -> !n.contains(" ") && !n.equals(display.get(key)) && display.get(key).contains(" " + n) && !bare.shortName().equals(n));
                names.add(bare.shortName());
            }
            entities.put(key, new Entity(key, types.get(key), display.get(key), names, mentions.get(key)));
        }
        List<Role> roles = new ArrayList<>();
        for (RawRole rr : rawRoles) {
            Entity person = entities.get(keyOf.get(rr.person()));
            Sentence s = text.sentences().get(rr.sentence());
            Span span = new Span(s.tokens().get(rr.from()).span().start(), s.tokens().get(rr.to() - 1).span().end());
            if (person != null) {
                roles.add(new Role(person, rr.title(), rr.affiliation(), rr.sentence(), span));
            }
        }
        roles = withDescriptorAliases(text, roles, descriptors, entities);
        Map<Integer, List<Placed>> placed = new LinkedHashMap<>();
        for (Raw r : ordered) {
            Entity e = entities.get(keyOf.get(r));
            placed.computeIfAbsent(r.sentence(), x -> new ArrayList<>()).add(new Placed(e, r.sentence(), r.from(), r.to(), r.phraseFrom()));
        }
        List<Entity> list = new ArrayList<>(entities.values());
        list.sort(java.util.Comparator.comparingInt(Entity::firstSentence).thenComparing(Entity::id));
        return new Result(list, roles, placed);
    }

    /** "the U.S. president" becomes a name of the one person whose role has that title and affiliation. */
    private List<Role> withDescriptorAliases(AnalyzedText text, List<Role> roles, List<Chunk> descriptors, Map<String, Entity> entities) {
        for (Chunk d : descriptors) {
            Sentence s = text.sentences().get(d.sentence());
            String before = d.from() >= 1 ? s.tokens().get(d.from() - 1).text() : "";
            // "the Chancellor" where the article says "Chancellor Gordon Brown": no affiliation between.
            String affiliation = before.equalsIgnoreCase("the") ? "" : before;
            List<Entity> matches = roles.stream()
                    .filter(r -> r.title().equalsIgnoreCase(d.text()) && r.affiliation().equalsIgnoreCase(affiliation))
                    .map(Role::person).distinct().toList();
            if (matches.size() == 1) {
                Entity e = matches.get(0);
                Set<String> names = new java.util.TreeSet<>(e.aliases());
                names.add(affiliation.isEmpty() ? "the " + d.text() : "the " + affiliation + " " + d.text());
                Entity widened = new Entity(e.id(), e.type(), e.name(), names, e.mentions());
                entities.put(e.id(), widened);
                roles = roles.stream().map(r -> r.person().id().equals(e.id())
                        ? new Role(widened, r.title(), r.affiliation(), r.sentence(), r.span()) : r).toList();
            }
        }
        return new ArrayList<>(roles);
    }
}
