package org.newsquiz.core.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code quiz-content/wordlists}, loaded once; immutable and thread-safe. */
public final class Lexicon {
    /** What a listed phrase is. */
    public enum Kind { ORGANISATION, COUNTRY, DEMONYM, REGION, CITY, TITLE, MONTH, WEEKDAY }

    /** A listed phrase: its kind, the name it stands for and, for cities, whether it is a capital. */
    public record Entry(Kind kind, String canonical, boolean capital) {
    }

    private static volatile Lexicon shared;

    private final Map<String, Entry> phrases = new HashMap<>();
    private final Map<Kind, List<String>> names = new EnumMap<>(Kind.class);
    private final Set<String> attributionVerbs;
    private final Set<String> firstNames;
    private final Set<String> particles;
    private final Set<String> orgSuffixes;
    private final Map<String, Integer> numberWords = new HashMap<>();
    private final Map<String, String> honorifics = new HashMap<>();
    private final Set<String> titleModifiers;
    private final Set<String> notPeople;
    private final Set<String> wellKnownOffices;
    private final Map<String, String> countryOfCity = new HashMap<>();
    private final Map<String, String> regionOfCountry = new HashMap<>();

    private Lexicon() {
        for (Kind k : Kind.values()) {
            names.put(k, new ArrayList<>());
        }
        readTable("organisations.tsv", Kind.ORGANISATION);
        readTable("countries.tsv", Kind.COUNTRY);
        for (String[] row : rows("demonyms.tsv")) {
            put(row[0], new Entry(Kind.DEMONYM, row.length > 1 ? row[1] : row[0], false), false);
        }
        for (String[] row : rows("regions.txt")) {
            put(row[0], new Entry(Kind.REGION, row[0], false), true);
        }
        for (String[] row : rows("cities.tsv")) {
            put(row[0], new Entry(Kind.CITY, row[0], row.length > 2 && row[2].equals("yes")), true);
            if (row.length > 1) {
                countryOfCity.put(row[0], row[1]);
            }
        }
        for (String[] row : rows("titles.txt")) {
            put(row[0], new Entry(Kind.TITLE, row[0], false), false);
        }
        for (String[] row : rows("months.txt")) {
            put(row[0], new Entry(Kind.MONTH, row[0], false), true);
        }
        for (String[] row : rows("weekdays.txt")) {
            put(row[0], new Entry(Kind.WEEKDAY, row[0], false), false);
        }
        attributionVerbs = lowerSet("attribution-verbs.txt");
        firstNames = new HashSet<>();
        for (String[] row : rows("first-names.txt")) {
            firstNames.add(row[0]);
        }
        particles = lowerSet("name-particles.txt");
        titleModifiers = lowerSet("title-modifiers.txt");
        notPeople = lowerSet("not-people.txt");
        wellKnownOffices = lowerSet("well-known-offices.txt");
        orgSuffixes = new HashSet<>();
        for (String[] row : rows("org-suffixes.txt")) {
            orgSuffixes.add(row[0]);
        }
        for (String[] row : rows("number-words.tsv")) {
            numberWords.put(row[0], Integer.parseInt(row[1]));
        }
        for (String[] row : rows("honorifics.tsv")) {
            honorifics.put(row[0], row.length > 1 ? row[1] : "-");
        }
        for (String[] row : rows("world-regions.tsv")) {
            regionOfCountry.put(row[0], row[1]);
        }
        names.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The lists of the content module, read on first use. */
    public static Lexicon shared() {
        Lexicon l = shared;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (shared == null) {
                    shared = new Lexicon();
                }
                l = shared;
            }
        }
        return l;
    }

    private void readTable(String file, Kind kind) {
        for (String[] row : rows(file)) {
            Entry e = new Entry(kind, row[0], false);
            put(row[0], e, true);
            if (row.length > 1) {
                for (String alias : row[1].split("\\|")) {
                    put(alias, e, false);
                }
            }
        }
    }

    private void put(String phrase, Entry entry, boolean listed) {
        phrases.putIfAbsent(phrase.toLowerCase(Locale.ROOT), entry);
        if (listed) {
            names.get(entry.kind()).add(phrase);
        }
    }

    private Set<String> lowerSet(String file) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(file)) {
            out.add(row[0].toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    private static List<String[]> rows(String file) {
        String resource = "wordlists/" + file;
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Entry lookup(String phrase) {
        return phrases.get(phrase.toLowerCase(Locale.ROOT));
    }

    /** Listed names of one kind, in file order (distractor material). */
    public List<String> names(Kind kind) {
        return names.get(kind);
    }

    /**
     * Listed cities near {@code city}: those of its country first, then of its world region, each group in
     * file order; empty when the city is not listed.
     */
    public List<String> citiesNear(String city) {
        Entry e = lookup(city);
        String country = e == null ? null : countryOfCity.get(e.canonical());
        if (country == null) {
            return List.of();
        }
        String region = regionOfCountry.get(country);
        List<String> same = new ArrayList<>();
        List<String> nearby = new ArrayList<>();
        for (String other : names.get(Kind.CITY)) {
            String otherCountry = countryOfCity.get(other);
            if (other.equals(e.canonical()) || otherCountry == null) {
                continue;
            }
            if (otherCountry.equals(country)) {
                same.add(other);
            } else if (region != null && region.equals(regionOfCountry.get(otherCountry))) {
                nearby.add(other);
            }
        }
        same.addAll(nearby);
        return same;
    }

    public boolean isAttributionVerb(String word) {
        return attributionVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    public boolean isParticle(String word) {
        return particles.contains(word);
    }

    public boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(word);
    }

    /** "deputy", "former", "shadow": a word that makes the title after it another office. */
    public boolean isTitleModifier(String word) {
        return titleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "U.S. President": an office whose holder is general knowledge, not the article's. */
    public boolean isWellKnownOffice(String description) {
        return wellKnownOffices.contains(description.strip().toLowerCase(Locale.ROOT));
    }

    /** "Oscar", "Grammy": a name that is an award, never a person. */
    public boolean isNotPerson(String name) {
        return notPeople.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The sex a courtesy title before a surname implies ("m", "f" or "-"), or null when {@code word} is none. */
    public String honorific(String word) {
        return honorifics.get(word);
    }

    /** The value of a number word ("three" → 3), or null. */
    public Integer numberWord(String word) {
        return numberWords.get(word.toLowerCase(Locale.ROOT));
    }

    public Map<String, Integer> numberWords() {
        return Collections.unmodifiableMap(numberWords);
    }
}
