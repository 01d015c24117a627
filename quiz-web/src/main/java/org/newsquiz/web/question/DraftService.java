package org.newsquiz.web.question;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.Question;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ArticleService;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.CurrentTeacher;

/** Drafts questions for an article with the core's generator, as the teacher's own DRAFT questions. */
@ApplicationScoped
public class DraftService {

    /** One article's outcome in a batch: how many drafts were added, or why none could be. */
    public record Outcome(long articleId, String title, int added, int alreadyThere, String problem) {
    }

    @Inject
    QuizGenerator generator;
    @Inject
    ArticleService articles;
    @Inject
    CurrentTeacher current;

    /** Generates for one article; questions the teacher already has for it (same id) are not added twice. */
    @Transactional
    public List<StoredQuestion> generate(long articleId) {
        Article article = articles.readable(articleId);
        List<Question> generated;
        try {
            generated = generator.generate(article.toCore(), GenerationOptions.DEFAULT).questions();
        } catch (UnusableArticleException e) {
            throw new Problem(422, "No questions could be drafted: " + e.getMessage() + ".");
        }
        long owner = current.id();
        List<StoredQuestion> existing = StoredQuestion.list("ownerId = ?1 and articleId = ?2", owner, articleId);
        Set<String> known = new HashSet<>();
        existing.forEach(q -> known.add(q.externalId));
        int position = existing.stream().mapToInt(q -> q.position + 1).max().orElse(0);
        List<StoredQuestion> added = new java.util.ArrayList<>();
        for (Question question : generated) {
            if (known.add(question.id())) {
                StoredQuestion draft = StoredQuestion.from(question, articleId, owner, QuestionStatus.DRAFT);
                draft.position = position++;
                draft.persist();
                added.add(draft);
            }
        }
        return added;
    }

    /** Generates for each selected article in turn; one article's failure does not stop the others. */
    public List<Outcome> generateAll(List<Long> articleIds) {
        List<Outcome> outcomes = new java.util.ArrayList<>();
        // Every article must exist and be readable before any is drafted: a bad id refuses the whole batch.
        List<Article> chosen = articleIds.stream().map(articles::readable).toList();
        for (Article article : chosen) {
            long id = article.id;
            try {
                int before = (int) StoredQuestion.count("ownerId = ?1 and articleId = ?2", current.id(), id);
                int added = generate(id).size();
                outcomes.add(new Outcome(id, article.title, added, before, ""));
            } catch (Problem problem) {
                outcomes.add(new Outcome(id, article.title, 0, 0, problem.getMessage()));
            }
        }
        return outcomes;
    }
}
