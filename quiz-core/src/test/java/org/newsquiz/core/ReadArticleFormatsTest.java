package org.newsquiz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.text.Sentence;

class ReadArticleFormatsTest {
    @Test
    void questionsFromMarkdownAndHtmlPointIntoTheBodyAndCarryNoMarkup() throws IOException {
        for (String file : List.of("002_science_asteroid_clay.md", "004_health_measles_campaign.html", "007_culture_textile_museum.md")) {
            Article article = ArticleReaders.read(file, library(file));
            QuestionSet set = QuizGeneratorTest.GENERATOR.generate(article, GenerationOptions.DEFAULT);
            assertTrue(set.questions().size() >= 5, file + ": " + set.questions().size());
            for (Question q : set.questions()) {
                for (Evidence e : q.evidence()) {
                    assertEquals(article.body().substring(e.start(), e.end()), e.text(), file);
                }
                List<String> shown = new ArrayList<>(List.of(q.prompt(), q.explanation()));
                shown.addAll(q.options());
                shown.addAll(q.answers());
                for (String s : shown) {
                    assertFalse(s.contains("##") || s.contains("**") || s.contains("](") || s.contains("<"), file + ": " + s);
                }
                assertFalse(q.explanation().startsWith("#") || q.prompt().contains("A long journey")
                        || q.prompt().contains("Lessons from 2019 Marchand"), q.prompt());
            }
        }
    }

    @Test
    void analysisSeesLinkTextAndTakesHeadingLinesForHeadings() {
        String body = "# Bridge vote\n\nThe council in [Ashcombe](https://example.org/ashcombe) voted **9 to 3** on Monday to rebuild the "
                + "footbridge, said the mayor, Helen Varga.\n\n## Cost of the new bridge, agreed after a long debate.\n\n"
                + "The work will cost 2.4 million pounds, the council said.\n";
        Article article = ArticleReaders.read("bridge.md", body);
        assertEquals("Bridge vote", article.title());
        AnalyzedText text = OpenNlpAnalyzer.load().analyze(article.body(), article.markup());
        List<String> sentences = text.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("The council in Ashcombe voted 9 to 3 on Monday to rebuild the footbridge, said the mayor, Helen Varga.",
                "The work will cost 2.4 million pounds, the council said."), sentences);
        assertEquals(List.of("Bridge vote", "Cost of the new bridge, agreed after a long debate."),
                text.headings().stream().map(h -> h.of(body)).toList());
        Sentence first = text.sentences().get(0);
        assertTrue(first.bodySpan().of(body).startsWith("The council in [Ashcombe](https://"));
        assertEquals(first.text(), text.text().readable(first.bodySpan()));
    }

    private static String library(String file) throws IOException {
        try (InputStream in = ReadArticleFormatsTest.class.getClassLoader().getResourceAsStream("articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
