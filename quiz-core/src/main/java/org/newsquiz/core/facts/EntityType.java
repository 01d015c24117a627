package org.newsquiz.core.facts;

/** Kinds of entity the rules recognise; places are split by granularity so distractors match. */
public enum EntityType {
    PERSON("person", "people"),
    COUNTRY("country", "countries"),
    REGION("region", "regions"),
    CITY("city", "cities"),
    ORGANISATION("organisation", "organisations"),
    YEAR("year", "years"),
    DATE("date", "dates"),
    NUMBER("number", "numbers"),
    MONEY("amount", "amounts"),
    PERCENTAGE("percentage", "percentages");

    private final String noun;
    private final String plural;

    EntityType(String noun, String plural) {
        this.noun = noun;
        this.plural = plural;
    }

    public String noun() {
        return noun;
    }

    public String plural() {
        return plural;
    }

    public boolean isPlace() {
        return this == COUNTRY || this == REGION || this == CITY;
    }
}
