package org.newsquiz.web.quiz;

import java.util.List;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.Question;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ContentLibrary;
import org.newsquiz.web.boot.StartupRetries;
import org.newsquiz.web.config.Generator;
import org.newsquiz.web.metrics.QuizMetrics;
import org.newsquiz.web.question.DraftService;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredQuestion;

/**
 * On start, imports the content library's articles that are not in the database yet, generates their questions
 * and publishes a quiz for each, in the background once the instance serves ({@link LibraryPreparation}). A lock
 * keeps several instances starting together from doing it twice.
 */
@ApplicationScoped
public class LibraryPublisher {
    private static final Logger LOG = Logger.getLogger(LibraryPublisher.class);
    private static final long IMPORT_LOCK = 0x4e51_4c49_4231L;

    @Inject
    ContentLibrary library;
    @Inject
    Generator generator;
    @Inject
    QuizService quizzes;
    @Inject
    QuizMetrics metrics;
    @Inject
    StartupRetries retries;
    @Inject
    LibraryPreparation preparation;

    @ConfigProperty(name = "newsquiz.library.import-at-start")
    boolean importAtStart;
    @ConfigProperty(name = "newsquiz.library.import-in-background")
    boolean inBackground;

    /** Imports at start, and again later if the database breaks the import off. */
    void onStart(@Observes StartupEvent event) {
        if (!importAtStart) {
            return;
        }
        Runnable work = () -> {
            int published = publishNewArticles();
            LOG.infof("Content library: %d new quiz(zes) published", published);
            if (published > 0) {
                generator.release(); // drafted once per database: no reason to hold the models for it
            }
        };
        if (inBackground) {
            preparation.start("Content library import", work);
        } else {
            retries.run("Content library import", work);
        }
    }

    @Transactional
    public int publishNewArticles() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, IMPORT_LOCK).getSingleResult();
        int published = 0;
        for (ContentLibrary.Entry entry : library.entries()) {
            if (Article.findByLibraryKey(entry.fileName()) == null && publish(entry)) {
                published++;
            }
        }
        return published;
    }

    private boolean publish(ContentLibrary.Entry entry) {
        Article article = new Article();
        List<Question> generated;
        try {
            org.newsquiz.core.article.Article read = ArticleReaders.read(entry.fileName(), library.text(entry));
            article.libraryKey = entry.fileName();
            article.title = read.title().isBlank() ? entry.title() : read.title();
            article.body = read.body();
            article.source = read.source();
            article.published = read.date();
            article.language = read.language();
            article.licence = read.licence();
            generated = metrics.timeGeneration(() -> DraftService.drafted(generator, article));
        } catch (UnusableArticleException e) {
            LOG.warnf("Content library: skipped %s: %s", entry.fileName(), e.getMessage());
            return false;
        }
        article.persist();

        org.newsquiz.web.questionset.QuestionSet set = new org.newsquiz.web.questionset.QuestionSet();
        set.title = article.title;
        for (Question question : generated) {
            StoredQuestion stored = StoredQuestion.from(question, article.id, null, QuestionStatus.APPROVED);
            stored.position = set.questions.size();
            stored.persist();
            set.questions.add(stored);
        }
        set.persist();

        Quiz quiz = quizzes.publish(set, article.title, null);
        quiz.libraryKey = entry.fileName();
        return true;
    }
}
