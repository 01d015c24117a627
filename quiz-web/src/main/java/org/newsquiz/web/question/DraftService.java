package org.newsquiz.web.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.Question;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ArticleService;
import org.newsquiz.web.config.Generator;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.CurrentTeacher;

/** Drafts questions for an article with the core's generator, as the teacher's own DRAFT questions. */
@ApplicationScoped
public class DraftService {
    @Inject
    Generator generator;
    @Inject
    ArticleService articles;
    @Inject
    CurrentTeacher current;

    /** Generates for one article; questions the teacher already has for it (same id) are not added twice. */
    @Transactional
    public List<StoredQuestion> generate(long articleId) {
        Article article = articles.readable(articleId);
        return store(article.id, current.id(), draft(article));
    }

    /**
     * The generator's questions for the article, drafted with the article's secret seed and stored in an order
     * keyed by it; 422 with the generator's reason when it cannot use the article.
     */
    public List<Question> draft(Article article) {
        try {
            return drafted(generator, article);
        } catch (UnusableArticleException e) {
            throw new Problem(422, "No questions could be drafted: " + e.getMessage() + ".");
        }
    }

    /** {@link #draft} for callers that handle an unusable article themselves. */
    public static List<Question> drafted(Generator generator, Article article) {
        long seed = article.generationSeed;
        return generator.generate(article.toCore(), new GenerationOptions(GenerationOptions.DEFAULT.maxQuestions(), seed))
                .questions().stream().map(question -> StoredOrder.shuffled(question, seed)).toList();
    }

    /** Stores as the owner's drafts, after their existing questions, those the owner does not have yet (by id). */
    @Transactional
    public List<StoredQuestion> store(long articleId, long ownerId, List<Question> generated) {
        List<StoredQuestion> existing = StoredQuestion.list("ownerId = ?1 and articleId = ?2", ownerId, articleId);
        Set<String> known = new HashSet<>();
        existing.forEach(q -> known.add(q.externalId));
        int position = existing.stream().mapToInt(q -> q.position + 1).max().orElse(0);
        List<StoredQuestion> added = new ArrayList<>();
        for (Question question : generated) {
            if (known.add(question.id())) {
                StoredQuestion draft = StoredQuestion.from(question, articleId, ownerId, QuestionStatus.DRAFT);
                draft.position = position++;
                draft.persist();
                added.add(draft);
            }
        }
        return added;
    }
}
