package org.newsquiz.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsquiz.core.text.Span;

/** Undoes sentence breaks after abbreviations such as "U.S." or "Dr." that the model splits on. */
final class SentenceJoiner {
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|Prof|Inc|Corp|Ltd|Co|No|vs|Mt)\\.)$");
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "^(?:He|She|It|They|We|I|You|The|This|That|These|Those|But|And|A|An|In|On|At|Its|His|Her|Their|There|Our)\\b");

    private SentenceJoiner() {
    }

    static List<Span> join(String line, opennlp.tools.util.Span[] detected) {
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span d : detected) {
            Span next = new Span(d.getStart(), d.getEnd());
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String lastText = last.of(line).stripTrailing();
                String nextText = next.of(line).stripLeading();
                if (ABBREVIATION_END.matcher(lastText).find() && !SENTENCE_OPENER.matcher(nextText).find()) {
                    out.set(out.size() - 1, new Span(last.start(), next.end()));
                    continue;
                }
            }
            out.add(next);
        }
        return out;
    }
}
