package org.newsquiz.core.facts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** An entity of the article with every name it goes by and every place it is mentioned. */
public record Entity(String id, EntityType type, String name, Set<String> aliases, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        TreeSet<String> all = new TreeSet<>(aliases);
        all.add(name);
        aliases = java.util.Collections.unmodifiableSet(all);
        mentions = List.copyOf(mentions);
    }

    /** True when {@code text} is one of this entity's names, ignoring case. */
    public boolean isCalled(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (String a : aliases) {
            if (a.toLowerCase(Locale.ROOT).equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** "Wei-lin": a given name written after the family name, as in "Chen Wei-lin". */
    static final java.util.regex.Pattern HYPHENATED_GIVEN_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "ter", "ten");

    /** The last word of a person's name with its particles, the form the article reuses ("Sikorski", "Van Damme"). */
    public String shortName() {
        String[] parts = name.split(" ");
        if (parts.length == 2 && HYPHENATED_GIVEN_NAME.matcher(parts[1]).matches()) {
            return parts[0];
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (Character.isLowerCase(parts[i].charAt(0)) || SURNAME_PARTICLES.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
            }
        }
        return parts[parts.length - 1];
    }

    public int firstSentence() {
        return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).sentence();
    }

    /** Mentioned at least once as a location, not only as a stand-in for a government. */
    public boolean isLocated() {
        return mentions.stream().anyMatch(Mention::locative);
    }
}
