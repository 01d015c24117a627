package org.newsquiz.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.SeedArticle;

class ChunkTokenizerTest {
    static final TokenizerME TOKENIZER = tokenizer();

    private static TokenizerME tokenizer() {
        try (InputStream in = ChunkTokenizerTest.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            return new TokenizerME(new TokenizerModel(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void splitsEveryLineOfTheSeedAsTheModelDoesAlsoWhenRemembered() {
        ChunkTokenizer chunks = new ChunkTokenizer();
        for (int pass = 0; pass < 2; pass++) {
            for (String line : SeedArticle.body().split("\n")) {
                assertArrayEquals(TOKENIZER.tokenizePos(line), chunks.tokenizePos(TOKENIZER, line), line);
            }
        }
    }

    @Test
    void splitsRandomPunctuatedTextAsTheModelDoes() {
        String[] pieces = {"U.S.", "don't", "Trump's", "(AP)", "3-2", "€1.3", "million,", "\"Yes,\"", "e-mail", "cannot",
            "Kharkiv.", "9", "-", "a", "km/h", "'quoted'", "p.m.", "2019-20", "Sumy;", "?!"};
        Random random = new Random(7);
        ChunkTokenizer chunks = new ChunkTokenizer();
        for (int i = 0; i < 300; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12) + 1; w > 0; w--) {
                sentence.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "  " : " ");
            }
            String s = sentence.toString();
            assertArrayEquals(TOKENIZER.tokenizePos(s), chunks.tokenizePos(TOKENIZER, s), s);
        }
    }
}
