package org.newsquiz.core.nlp;

import java.util.List;
import java.util.Objects;
import org.newsquiz.core.text.NormalizedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;

/** The analysed body: its normalised form, the sentences worth asking about and the skipped headings. */
public record AnalyzedText(NormalizedText text, List<Sentence> sentences, List<Span> headings) {
    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        headings = List.copyOf(headings);
    }

    public String normalized() {
        return text.text();
    }

    public String body() {
        return text.original();
    }

    /** The sentence containing the normalised offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
