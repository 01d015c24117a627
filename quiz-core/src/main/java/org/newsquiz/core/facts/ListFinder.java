package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;
import org.newsquiz.core.text.Token;

/** Coordinations of three or more same-type entities: "Britain, France, Germany, Italy, and Finland". */
final class ListFinder {
    List<ListFact> find(AnalyzedText text, Map<Integer, List<EntityFinder.Placed>> placed) {
        List<ListFact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<EntityFinder.Placed> here = placed.getOrDefault(s.index(), List.of());
            int i = 0;
            while (i < here.size()) {
                List<EntityFinder.Placed> run = new ArrayList<>(List.of(here.get(i)));
                int j = i + 1;
                while (j < here.size() && here.get(j).entity().type() == here.get(i).entity().type()
                        && onlyJoiners(s, run.get(run.size() - 1).to(), here.get(j).from())) {
                    run.add(here.get(j));
                    j++;
                }
                List<Entity> members = run.stream().map(EntityFinder.Placed::entity).distinct().toList();
                if (members.size() >= 3) {
                    Span span = new Span(s.tokens().get(run.get(0).from()).span().start(),
                            s.tokens().get(run.get(run.size() - 1).to() - 1).span().end());
                    out.add(new ListFact(members.get(0).type(), members, s.index(), span));
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean onlyJoiners(Sentence s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = s.tokens().get(k);
            if (!t.text().equals(",") && !t.text().equals("and") && !t.text().equals("or")) {
                return false;
            }
        }
        return true;
    }
}
