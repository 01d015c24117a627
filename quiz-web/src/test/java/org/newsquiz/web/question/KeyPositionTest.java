package org.newsquiz.web.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.web.config.Generator;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ContentLibrary;
import org.newsquiz.web.exchange.ExchangeFixture;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * The order in which questions are stored (and shown when a quiz does not shuffle) says nothing about the key: over
 * the content library's drafts and over imported GIFT and Moodle files that put the right answer first, the key's
 * position passes a chi-square test of uniformity. The threshold, p below 1e-4, fails a fair order once in ten
 * thousand runs; the orders this replaces fail it by many orders of magnitude.
 */
@QuarkusTest
class KeyPositionTest {
    private static final double ALPHA = 1e-4;
    private static final int DRAFTS_PER_ARTICLE = 5;

    @Inject
    Generator generator;
    @Inject
    ContentLibrary library;
    @Inject
    TestTeachers teachers;
    @Inject
    ExchangeFixture exchange;

    @Test
    void theLibrarysDraftsPutTheKeyAnywhere() {
        ChiSquare drafted = new ChiSquare();
        ChiSquare publicSeed = new ChiSquare();
        for (ContentLibrary.Entry entry : library.entries()) {
            org.newsquiz.core.article.Article read = ArticleReaders.read(entry.fileName(), library.text(entry));
            for (int i = 0; i < DRAFTS_PER_ARTICLE; i++) {
                Article article = article(read);
                DraftService.drafted(generator, article).forEach(q -> add(drafted, q.type(), q.options(), q.answers()));
            }
            generator.generate(read, GenerationOptions.DEFAULT).questions()
                    .forEach(q -> add(publicSeed, q.type(), q.options(), q.answers()));
        }
        System.out.println("key position, library drafts with secret seeds: " + drafted);
        System.out.println("key position, library drafts as the command line orders them (seed 42): " + publicSeed);
        assertTrue(drafted.questions() >= 200, drafted.toString());
        assertTrue(drafted.p() > ALPHA, drafted.toString());
    }

    @Test
    void theSameSeedDraftsTheSameOrderAndAnotherSeedAnother() {
        ContentLibrary.Entry entry = library.entries().get(0);
        org.newsquiz.core.article.Article read = ArticleReaders.read(entry.fileName(), library.text(entry));
        Article article = article(read);
        Article again = article(read);
        again.generationSeed = article.generationSeed;
        List<Question> first = DraftService.drafted(generator, article);
        assertEquals(first, DraftService.drafted(generator, again), "reproducible from the stored seed");
        assertNotEquals(first.stream().map(Question::options).toList(),
                DraftService.drafted(generator, article(read)).stream().map(Question::options).toList());
    }

    @Test
    void importedGiftAndMoodleFilesPutTheKeyAnywhere() {
        var owner = teachers.teacher("key.positions@school.test");
        StringBuilder gift = new StringBuilder();
        StringBuilder moodle = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        for (int i = 0; i < 120; i++) {
            gift.append("::q").append(i).append(":: Which harbour did ferry ").append(i)
                    .append(" leave from? {=Dover").append(i).append(" ~Calais").append(i).append(" ~Hull").append(i)
                    .append(" ~Leith").append(i).append("}\n\n");
            moodle.append("<question type=\"multichoice\"><name><text>m").append(i)
                    .append("</text></name><questiontext format=\"plain_text\"><text>Which pier held boat ").append(i)
                    .append("?</text></questiontext><single>true</single>")
                    .append("<answer fraction=\"100\"><text>North").append(i).append("</text></answer>")
                    .append("<answer fraction=\"0\"><text>South").append(i).append("</text></answer>")
                    .append("<answer fraction=\"0\"><text>East").append(i).append("</text></answer>")
                    .append("<answer fraction=\"0\"><text>West").append(i).append("</text></answer></question>\n");
            if (i < 60) {
                moodle.append("<question type=\"matching\"><name><text>p").append(i)
                        .append("</text></name><questiontext format=\"plain_text\"><text>Match crew ").append(i)
                        .append(" with their posts.</text></questiontext>");
                for (String who : List.of("Ada", "Bo", "Cy", "Di")) {
                    moodle.append("<subquestion format=\"plain_text\"><text>").append(who).append(i)
                            .append("</text><answer><text>post of ").append(who).append(i)
                            .append("</text></answer></subquestion>");
                }
                moodle.append("</question>\n");
            }
        }
        moodle.append("</quiz>\n");
        ChiSquare fromGift = imported(owner, "gift", gift.toString(), 120);
        ChiSquare fromMoodle = imported(owner, "moodle", moodle.toString(), 180);
        System.out.println("key position, GIFT import (right answer first in the file): " + fromGift);
        System.out.println("key position, Moodle XML import (right answer first, matching in pairs): " + fromMoodle);
        assertTrue(fromGift.p() > ALPHA, fromGift.toString());
        assertTrue(fromMoodle.p() > ALPHA, fromMoodle.toString());
    }

    private ChiSquare imported(org.newsquiz.web.teacher.Teacher owner, String format, String file, int expected) {
        Response created = TestTeachers.api(owner).contentType("application/octet-stream")
                .body(file.getBytes(StandardCharsets.UTF_8)).queryParam("format", format)
                .queryParam("title", "Key positions " + format).post("/api/question-sets/import");
        assertEquals(201, created.statusCode(), created.asString());
        ChiSquare chi = new ChiSquare();
        List<ExchangeFixture.Stored> stored = exchange.questionsOf(created.jsonPath().getLong("questionSetId"));
        assertEquals(expected, stored.size());
        stored.forEach(q -> add(chi, q.type(), q.options(), q.answers()));
        assertEquals(expected, chi.questions());
        return chi;
    }

    /** The key's position: the answer of a single choice, the first item of an ordering, the first pair's partner. */
    private static void add(ChiSquare chi, QuestionType type, List<String> options, List<String> answers) {
        String key = switch (type) {
            case MULTIPLE_CHOICE, QUOTE_ATTRIBUTION, ORDERING -> answers.get(0);
            case MATCHING -> answers.get(0).substring(answers.get(0).indexOf(org.newsquiz.core.question.Question.PAIR_ARROW)
                    + org.newsquiz.core.question.Question.PAIR_ARROW.length());
            default -> null;
        };
        if (key != null && options.size() > 1) {
            chi.add(options.size(), new ArrayList<>(options).indexOf(key));
        }
    }

    private static Article article(org.newsquiz.core.article.Article read) {
        Article article = new Article();
        article.title = read.title();
        article.body = read.body();
        article.source = read.source();
        article.published = read.date();
        article.language = read.language();
        article.licence = read.licence();
        return article;
    }
}
