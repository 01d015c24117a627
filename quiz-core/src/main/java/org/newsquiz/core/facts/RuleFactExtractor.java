package org.newsquiz.core.facts;

import java.util.List;
import org.newsquiz.core.nlp.AnalyzedText;

/** Fact extraction from rules and the word lists: entities and roles, then quotes, events, numbers and lists. */
public final class RuleFactExtractor implements FactExtractor {
    private final EntityFinder entities;
    private final QuoteFinder quotes;
    private final EventFinder events;
    private final NumberFinder numbers;
    private final ListFinder lists = new ListFinder();
    private final DatedFinder dated;

    public RuleFactExtractor(Lexicon lexicon) {
        this.entities = new EntityFinder(lexicon);
        this.quotes = new QuoteFinder(lexicon);
        this.events = new EventFinder(lexicon);
        this.numbers = new NumberFinder(lexicon);
        this.dated = new DatedFinder(lexicon);
    }

    @Override
    public FactSheet extract(AnalyzedText text) {
        EntityFinder.Result found = entities.find(text);
        List<Quote> q = quotes.find(text, found.bySentence());
        return new FactSheet(text, found.entities(), found.roles(), q, events.find(text, found.bySentence()),
                numbers.find(text), lists.find(text, found.bySentence()),
                dated.find(text, found.bySentence()));
    }
}
