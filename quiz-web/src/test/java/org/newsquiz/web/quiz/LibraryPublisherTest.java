package org.newsquiz.web.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ContentLibrary;

@QuarkusTest
class LibraryPublisherTest {
    static final String SEED = "000_dc5d9eb8090fe75b.txt";

    @Inject
    LibraryPublisher publisher;
    @Inject
    ContentLibrary library;

    @Test
    @Transactional
    void firstStartPublishedTheSeedArticleAsAListedQuiz() {
        Article seed = Article.findByLibraryKey(SEED);
        assertNotNull(seed, "the seed article is imported at start");
        assertTrue(seed.body.startsWith("Ukrainian President Volodymyr Zelensky has arrived in Washington"));
        Quiz quiz = Quiz.find("libraryKey", SEED).firstResult();
        assertNotNull(quiz);
        assertTrue(quiz.listed);
        assertTrue(quiz.code.matches("[" + JoinCodes.ALPHABET + "]{6}"));
        assertFalse(quiz.questionSet.questions.isEmpty());
    }

    @Test
    void anotherStartImportsAndPublishesNothingTwice() {
        long articles = Article.count();
        long quizzes = Quiz.count();
        assertEquals(0, publisher.publishNewArticles());
        assertEquals(articles, Article.count());
        assertEquals(quizzes, Quiz.count());
        assertEquals(library.entries().size(), Article.count("libraryKey is not null"));
    }
}
