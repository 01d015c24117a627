package org.newsquiz.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsquiz.core.text.Markup;
import org.newsquiz.core.text.NormalizedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;
import org.newsquiz.core.text.Token;

/**
 * Sentences, tokens, tags and lemmas from the English UD models on the classpath. The models are
 * loaded once and shared; the ME wrappers are not thread-safe, so each thread gets its own.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private static final int MAX_SENTENCE_CHARS = 2_000;

    private final ThreadLocal<Pipeline> pipelines;
    private final LemmaCache lemmas = new LemmaCache();
    private final ChunkTokenizer chunks = new ChunkTokenizer();

    private record Pipeline(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME tags, LemmatizerME lemmas) {
    }

    private OpenNlpAnalyzer(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l) {
        pipelines = ThreadLocal.withInitial(() -> new Pipeline(
                new SentenceDetectorME(s), new TokenizerME(t), new POSTaggerME(p), new LemmatizerME(l)));
    }

    /** Loads the four models from the classpath model jars. */
    public static OpenNlpAnalyzer load() {
        try {
            return new OpenNlpAnalyzer(
                    new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")),
                    new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the English language models", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("language model missing from the classpath: " + name);
        }
        return in;
    }

    @Override
    public AnalyzedText analyze(String body, Markup markup) {
        NormalizedText norm = NormalizedText.of(body, markup);
        String text = norm.text();
        Pipeline p = pipelines.get();
        List<Sentence> sentences = new ArrayList<>();
        List<Span> headings = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                Span trimmed = trim(text, lineStart, lineEnd);
                if (norm.isMarkedHeading(trimmed.start()) || LineKinds.isHeading(line) || LineKinds.isBoilerplate(line)) {
                    headings.add(norm.toOriginal(trimmed));
                } else {
                    for (Span s : SentenceJoiner.join(line, p.sentences().sentPosDetect(line))) {
                        addSentence(norm, p, lineStart + s.start(), lineStart + s.end(), paragraph, sentences);
                    }
                    paragraph++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(norm, sentences, headings);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private void addSentence(NormalizedText norm, Pipeline p, int start, int end, int paragraph, List<Sentence> out) {
        Span span = trim(norm.text(), start, end);
        if (span.length() == 0) {
            return;
        }
        if (span.length() > MAX_SENTENCE_CHARS) {
            return;
        }
        String sentence = span.of(norm.text());
        List<Span> spans = TokenSplitter.split(sentence, chunks.tokenizePos(p.tokens(), sentence));
        if (spans.isEmpty()) {
            return;
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).of(sentence);
        }
        String[] tags = p.tags().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span at = new Span(span.start() + spans.get(i).start(), span.start() + spans.get(i).end());
            tokens.add(new Token(words[i], at, tags[i], lemmas.lemma(p.lemmas(), words[i], tags[i])));
        }
        out.add(new Sentence(out.size(), paragraph, span, norm.toOriginal(span), sentence, tokens));
    }
}
