package org.newsquiz.core.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.text.Span;

/** Splits possessive "'s" and leading hyphens off tokens, so "Trump's" tags as a name plus a particle. */
final class TokenSplitter {
    private TokenSplitter() {
    }

    static List<Span> split(String sentence, opennlp.tools.util.Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (opennlp.tools.util.Span t : tokens) {
            int start = t.getStart();
            int end = t.getEnd();
            String word = sentence.substring(start, end);
            if (word.length() > 2 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1))) {
                out.add(new Span(start, start + 1));
                start++;
                word = word.substring(1);
            }
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("'S")) && Character.isLetter(word.charAt(word.length() - 3))) {
                out.add(new Span(start, end - 2));
                out.add(new Span(end - 2, end));
            } else if (word.length() > 1 && word.endsWith("s'") && Character.isUpperCase(word.charAt(0))) {
                out.add(new Span(start, end - 1));
                out.add(new Span(end - 1, end));
            } else {
                out.add(new Span(start, end));
            }
        }
        return out;
    }
}
