package org.newsquiz.web.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ArticleService;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.CurrentTeacher;

/** Creating a teacher's drafting batch after checking the articles, and reading its progress. */
@ApplicationScoped
public class BatchService {
    public static final int MAX_ARTICLES = 50;

    @Inject
    CurrentTeacher current;
    @Inject
    ArticleService articles;

    /** Queues the articles in the order given (repeats dropped); each must be shared or the teacher's own. */
    @Transactional
    public GenerationBatch create(List<Long> articleIds) {
        if (articleIds == null || articleIds.isEmpty()) {
            throw Problem.badRequest("Choose at least one article to draft questions for.");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(articleIds));
        if (ids.contains(null)) {
            throw Problem.badRequest("Every article id must be a number.");
        }
        if (ids.size() > MAX_ARTICLES) {
            throw Problem.badRequest("Draft questions for at most " + MAX_ARTICLES + " articles at a time; "
                    + ids.size() + " were chosen.");
        }
        ids.forEach(articles::readable);
        GenerationBatch batch = new GenerationBatch();
        batch.ownerId = current.id();
        batch.persist();
        for (int position = 0; position < ids.size(); position++) {
            GenerationItem item = new GenerationItem();
            item.batchId = batch.id;
            item.articleId = ids.get(position);
            item.position = position;
            item.persist();
        }
        return batch;
    }

    /** The batch's progress, for its owner or an administrator. */
    @Transactional
    public BatchProgress progress(long batchId) {
        GenerationBatch batch = current.requireOwned(GenerationBatch.<GenerationBatch>findById(batchId),
                b -> b.ownerId, "drafting batch", "There is no drafting batch " + batchId + ".");
        List<GenerationItem> items = GenerationItem.list("batchId = ?1 order by position", batch.id);
        Map<Long, String> titles = Article.<Article>list("id in ?1", items.stream().map(i -> i.articleId).toList())
                .stream().collect(Collectors.toMap(a -> a.id, a -> a.title, (a, b) -> a));
        return BatchProgress.of(batch.id, items.stream().map(i -> new BatchProgress.Article(i.articleId,
                titles.getOrDefault(i.articleId, "Article " + i.articleId), i.status, i.questionCount, i.error))
                .toList());
    }
}
