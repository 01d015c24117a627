package org.newsquiz.core.rank;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.text.Sentence;

/**
 * How central each sentence is to the story: the lead first (the inverted pyramid puts the main event there), then
 * the sentences that repeat the headline's words and name the entities the article keeps returning to.
 */
public final class Salience {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
            "by", "with", "from", "as", "is", "are", "was", "be", "its", "it", "over", "after", "says", "say", "said",
            "new", "up", "out", "into", "not", "no", "has", "have", "will");

    private final double[] weights;
    private final Map<String, Integer> sentencesOf = new HashMap<>();

    public Salience(FactSheet facts, String title) {
        List<Sentence> sentences = facts.text().sentences();
        int busiest = 1;
        for (Entity e : facts.entities()) {
            int count = (int) e.mentions().stream().mapToInt(Mention::sentence).distinct().count();
            sentencesOf.put(e.id(), count);
            if (e.type() != EntityType.DATE && e.type() != EntityType.NUMBER) {
                busiest = Math.max(busiest, count);
            }
        }
        double[] recurring = new double[sentences.size()];
        for (Entity e : facts.entities()) {
            if (e.type() == EntityType.DATE || e.type() == EntityType.NUMBER) {
                continue;
            }
            double share = Math.min(1.0, (sentencesOf.get(e.id()) - 1) / (double) Math.max(1, busiest - 1));
            for (Mention m : e.mentions()) {
                if (m.sentence() < recurring.length) {
                    recurring[m.sentence()] = Math.max(recurring[m.sentence()], share);
                }
            }
        }
        Set<String> headline = stems(title);
        weights = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            double position = i == 0 ? 1.0 : i == 1 ? 0.8 : 0.7 * (1.0 - (double) i / sentences.size());
            Set<String> words = stems(sentences.get(i).text());
            long shared = headline.stream().filter(words::contains).count();
            double echo = headline.isEmpty() ? 0 : Math.min(1.0, shared / Math.min(4.0, headline.size()));
            weights[i] = position + 0.4 * echo + 0.3 * recurring[i];
        }
    }

    /** The weight of sentence {@code index}, about 0 (a late aside) to 1.7 (a lead that restates the headline). */
    public double of(int index) {
        return index >= 0 && index < weights.length ? weights[index] : 0;
    }

    /** In how many sentences the entity with this id is named; 0 when there is none. */
    public int sentencesNaming(String entityId) {
        return sentencesOf.getOrDefault(entityId, 0);
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }
}
