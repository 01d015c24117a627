package org.newsquiz.core.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.question.QuestionType;

/**
 * Orders drafts lede first (the inverted pyramid puts the main facts there), one fact asked once,
 * then takes them round-robin over the question types so a quiz mixes kinds.
 */
public final class Ranker {
    public List<Draft> rank(List<Draft> drafts, int sentenceCount, int max) {
        Map<QuestionType, List<Draft>> byType = new EnumMap<>(QuestionType.class);
        Set<String> prompts = new HashSet<>();
        Map<String, Integer> perFact = new LinkedHashMap<>();
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingDouble((Draft d) -> -score(d, sentenceCount)).thenComparing(Draft::prompt));
        for (Draft d : sorted) {
            String key = d.type() + "|" + d.fact();
            if (!prompts.add(d.prompt().toLowerCase(java.util.Locale.ROOT)) || perFact.merge(key, 1, Integer::sum) > 1) {
                continue;
            }
            byType.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d);
        }
        List<Draft> out = new ArrayList<>();
        boolean added = true;
        for (int round = 0; added && out.size() < max; round++) {
            added = false;
            for (List<Draft> list : byType.values()) {
                if (round < list.size() && out.size() < max) {
                    out.add(list.get(round));
                    added = true;
                }
            }
        }
        return out;
    }

    static double score(Draft d, int sentenceCount) {
        double position = 1.0 - (double) d.firstSentence() / Math.max(1, sentenceCount);
        return position + (d.tags().contains("quote") || d.tags().contains("role") ? 0.2 : 0) + (d.tags().contains("event") ? 0.15 : 0);
    }
}
