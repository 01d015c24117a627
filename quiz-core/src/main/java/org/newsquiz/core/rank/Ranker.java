package org.newsquiz.core.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.question.QuestionType;

/**
 * Orders drafts by how central their fact is to the story (see {@link Salience}): events, figures and findings
 * before who holds which title or who said which words, one fact asked once, and a light penalty for each draft
 * of a type already taken so that a quiz mixes kinds without putting a side detail before the main event.
 * A title held by someone the article names only once is beside the story and is not asked at all.
 */
public final class Ranker {
    private static final double TYPE_REPEAT_PENALTY = 0.04;
    private static final int LEAD_SENTENCES = 2;

    public List<Draft> rank(List<Draft> drafts, Salience salience, int max) {
        Set<String> prompts = new HashSet<>();
        Set<String> facts = new HashSet<>();
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingDouble((Draft d) -> -score(d, salience)).thenComparing(Draft::prompt));
        List<Draft> pool = new ArrayList<>();
        for (Draft d : sorted) {
            if (minorTitle(d, salience) || !prompts.add(d.prompt().toLowerCase(Locale.ROOT)) || !facts.add(d.type() + "|" + d.fact())) {
                continue;
            }
            pool.add(d);
        }
        Map<QuestionType, Integer> taken = new EnumMap<>(QuestionType.class);
        List<Draft> out = new ArrayList<>();
        while (!pool.isEmpty() && out.size() < max) {
            Draft best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Draft d : pool) {
                double s = score(d, salience) - TYPE_REPEAT_PENALTY * taken.getOrDefault(d.type(), 0);
                if (s > bestScore) {
                    best = d;
                    bestScore = s;
                }
            }
            pool.remove(best);
            out.add(best);
            taken.merge(best.type(), 1, Integer::sum);
        }
        return out;
    }

    static double score(Draft d, Salience salience) {
        double weight = salience.of(d.firstSentence());
        if (d.tags().contains("study")) {
            weight += 0.3;
        } else if (d.tags().contains("event") || d.tags().contains("number")) {
            weight += 0.15;
        }
        if (d.tags().contains("role")) {
            weight -= 0.25;
        } else if (d.tags().contains("quote")) {
            weight -= 0.1;
        }
        return weight;
    }

    /** A who-is or what-is on the title of a person named in one sentence only, and that sentence not the lead. */
    private static boolean minorTitle(Draft d, Salience salience) {
        int colon = d.fact().indexOf(':');
        if (!d.tags().contains("role") || colon < 0 || !d.fact().startsWith("role")) {
            return false;
        }
        int named = salience.sentencesNaming(d.fact().substring(colon + 1));
        return named > 0 && named < 2 && d.firstSentence() >= LEAD_SENTENCES;
    }
}
