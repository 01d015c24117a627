package org.newsquiz.core.distractor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Lexicon;

/**
 * Wrong options of the answer's type: first other entities of the article, then listed names
 * that the article never mentions under any name. Deterministic for a given seed.
 */
public final class Distractors {
    private final FactSheet facts;
    private final Lexicon lexicon;
    private final long seed;
    private final boolean vary;
    private final int latestYear;
    private static final java.util.regex.Pattern DATE_YEAR = java.util.regex.Pattern.compile("(?<!\\d)(1[6-9]\\d\\d|20\\d\\d)(?!\\d)");

    public Distractors(FactSheet facts, Lexicon lexicon, long seed) {
        this(facts, lexicon, seed, false);
    }

    /** With {@code vary}, the article's candidates are taken in an order fixed by the seed, not by prominence. */
    public Distractors(FactSheet facts, Lexicon lexicon, long seed, boolean vary) {
        this(facts, lexicon, seed, vary, latestPastYear(facts, null));
    }

    /**
     * {@code latestYear}: the last year a past event can have, the article's own (see {@link #latestPastYear});
     * a year after it is no plausible wrong answer for something that has happened.
     */
    public Distractors(FactSheet facts, Lexicon lexicon, long seed, boolean vary, int latestYear) {
        this.facts = facts;
        this.lexicon = lexicon;
        this.seed = seed;
        this.vary = vary;
        this.latestYear = latestYear;
    }

    /**
     * The year of the article's date ("2026-03-12"), or without one the latest year of an event it tells in the
     * past tense; {@link Integer#MAX_VALUE} when neither is known.
     */
    public static int latestPastYear(FactSheet facts, String articleDate) {
        if (articleDate != null) {
            java.util.regex.Matcher m = DATE_YEAR.matcher(articleDate);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return facts.dated().stream().mapToInt(org.newsquiz.core.facts.DatedFact::year).max().orElse(Integer.MAX_VALUE);
    }

    /** Up to {@code n} entities of {@code type} from the article, none of them in {@code correct}. */
    public List<Entity> fromArticle(EntityType type, Collection<Entity> correct, int n) {
        List<Entity> candidates = new ArrayList<>(facts.ofType(type));
        if (vary) {
            java.util.Collections.shuffle(candidates, new Random(seed ^ (31L * type.ordinal() + correct.hashCode())));
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : candidates) {
            if (!correct.contains(e) && out.size() < n && (!type.isPlace() || e.isLocated() || type == EntityType.COUNTRY)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Listed names of the type that the article does not mention, to top up the article's own. */
    public List<String> fromLists(EntityType type, int n) {
        Lexicon.Kind kind = switch (type) {
            case COUNTRY -> Lexicon.Kind.COUNTRY;
            case REGION -> Lexicon.Kind.REGION;
            case CITY -> Lexicon.Kind.CITY;
            case ORGANISATION -> Lexicon.Kind.ORGANISATION;
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        List<String> pool = new ArrayList<>(lexicon.names(kind));
        java.util.Collections.shuffle(pool, new Random(seed ^ type.ordinal()));
        List<String> out = new ArrayList<>();
        for (String name : pool) {
            if (out.size() < n && facts.named(name) == null) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Listed places of {@code answer}'s type that the article does not mention, for a city those of its own
     * country or region first, so Washington is paired with Chicago rather than Lagos.
     */
    public List<String> fromListsNear(EntityType type, String answer, int n) {
        List<String> out = new ArrayList<>();
        if (type == EntityType.CITY) {
            for (String city : lexicon.citiesNear(answer)) {
                if (out.size() < n && facts.named(city) == null) {
                    out.add(city);
                }
            }
        }
        for (String name : fromLists(type, n)) {
            if (out.size() < n && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Nearby years that are not {@code year}: one before, then after; for an event up to the latest past year,
     * none after that year, earlier ones instead.
     */
    public List<String> years(int year, Set<Integer> avoid, int n) {
        Set<String> out = new LinkedHashSet<>();
        int[] steps = {-1, 2, 3, -2, 4, -3, 5};
        int offset = (int) Math.floorMod(seed + year, 3L);
        if (year > latestYear) {
            for (int k = 0; k < steps.length && out.size() < n; k++) {
                int y = year + steps[(k + offset) % steps.length];
                if (!avoid.contains(y)) {
                    out.add(String.valueOf(y));
                }
            }
            return new ArrayList<>(out);
        }
        // Capped at the latest past year, the nearby years are few: pick among the closest allowed so a new seed
        // still gives other wrong options.
        List<String> allowed = new ArrayList<>();
        for (int d = 1; d <= 12 && allowed.size() < n + 2; d++) {
            for (int y : new int[] {year - d, year + d}) {
                if (y <= latestYear && !avoid.contains(y) && allowed.size() < n + 2) {
                    allowed.add(String.valueOf(y));
                }
            }
        }
        java.util.Collections.shuffle(allowed, new Random(seed * 31 + year));
        return new ArrayList<>(allowed.subList(0, Math.min(n, allowed.size())));
    }

    /** Shuffles options with a generator fixed by the seed and the question. */
    public List<String> shuffle(List<String> options, String key) {
        List<String> out = new ArrayList<>(options);
        java.util.Collections.shuffle(out, new Random(seed * 31 + key.hashCode()));
        return out;
    }

    /** Names for a set of people: surnames for all when one of them is known by surname only. */
    public static List<String> personNames(List<Entity> people) {
        boolean shortForm = people.stream().anyMatch(p -> !p.name().contains(" "));
        return people.stream().map(p -> shortForm ? p.shortName() : p.name()).toList();
    }

    /**
     * Whether a true/false statement on {@code fact} is shown as it is (true) or with an element swapped (false):
     * even odds fixed by the seed, so the keys carry no prior, and a secret seed makes them unpredictable.
     */
    public boolean showsTrue(String fact) {
        return new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ fact.hashCode()).nextBoolean();
    }
}
