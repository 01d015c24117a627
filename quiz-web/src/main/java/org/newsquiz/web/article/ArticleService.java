package org.newsquiz.web.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.generation.GenerationItem;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.teacher.CurrentTeacher;
import org.newsquiz.web.teacher.Teacher;

/** The article library as a teacher sees it: the shared content library plus their own articles. */
@ApplicationScoped
public class ArticleService {
    public static final int MAX_TITLE_CHARS = 500;

    @Inject
    CurrentTeacher current;

    /** Shared library articles first, then the teacher's own (an administrator sees every teacher's). */
    public List<Article> visible() {
        if (current.isAdmin()) {
            return Article.list("order by ownerId nulls first, createdAt desc, id desc");
        }
        return Article.list("ownerId is null or ownerId = ?1 order by ownerId nulls first, createdAt desc, id desc",
                current.id());
    }

    /** An article the teacher may read and generate from: shared or their own. */
    public Article readable(long id) {
        return current.requireReadable(Article.<Article>findById(id), a -> a.ownerId, "article",
                "There is no article " + id + ".");
    }

    /** An article as the library lists it: newest first, with its drafts and whether its text is there twice. */
    public record Row(long id, String title, String source, String added, int words, long drafts, boolean duplicate) {
    }

    /** The library in sections: the teacher's own, colleagues' (for an administrator), the shared library. */
    public record Section(String heading, List<Row> rows) {
    }

    @Transactional
    public List<Section> sections() {
        List<Article> all = visible();
        Map<String, Integer> texts = new HashMap<>();
        all.forEach(a -> texts.merge(a.body, 1, Integer::sum));
        Map<Long, Long> drafts = new HashMap<>();
        for (Object[] count : StoredQuestion.getEntityManager().createQuery(
                "select q.articleId, count(q) from StoredQuestion q where q.ownerId = ?1 group by q.articleId",
                Object[].class).setParameter(1, current.id()).getResultList()) {
            drafts.put((Long) count[0], (Long) count[1]);
        }
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        sections.put("Your articles", new ArrayList<>());
        Map<Long, String> names = new HashMap<>();
        for (Article a : all) {
            String heading = a.ownerId == null ? "Shared library"
                    : a.ownerId == current.id() ? "Your articles"
                    : "Other teachers' articles: " + names.computeIfAbsent(a.ownerId, ArticleService::ownerName);
            sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(new Row(a.id, a.title, a.source,
                    org.newsquiz.web.teacher.PlainWords.day(a.createdAt), ArticleJson.of(a).words(),
                    drafts.getOrDefault(a.id, 0L), texts.get(a.body) > 1));
        }
        List<Section> listed = new ArrayList<>();
        sections.forEach((heading, rows) -> listed.add(new Section(heading, rows)));
        listed.sort((x, y) -> Boolean.compare(x.heading().equals("Shared library"), y.heading().equals("Shared library")));
        return listed;
    }

    private static String ownerName(Long ownerId) {
        Teacher owner = Teacher.findById(ownerId);
        return owner == null ? "account " + ownerId : owner.displayName;
    }

    /** The teacher's own or a shared article whose text is the same as {@code text} would be once read. */
    public Optional<Article> sameText(String fileName, String text) {
        String body;
        try {
            body = ArticleReaders.read(fileName, text).body();
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable text is refused with its message when it is added
        }
        return Article.<Article>find("body = ?1 and (ownerId is null or ownerId = ?2) order by ownerId nulls last, id",
                body, current.id()).firstResultOptional();
    }

    /** How many questions of the article are the teacher's (everyone's for an administrator). */
    public long drafts(long articleId) {
        return current.isAdmin() ? StoredQuestion.count("articleId = ?1", articleId)
                : StoredQuestion.count("articleId = ?1 and ownerId = ?2", articleId, current.id());
    }

    /** The teacher's own article (or any, for an administrator), to delete. */
    public Article owned(long id) {
        return current.requireOwned(Article.<Article>findById(id), a -> a.ownerId, "article",
                "There is no article " + id + ".");
    }

    /**
     * Deletes the article with its drafts and its place in drafting batches. Questions already in a question set
     * stay there, without their article, so published quizzes and their results keep working.
     *
     * @return how many questions stayed in question sets
     */
    @Transactional
    public long delete(long id) {
        Article article = owned(id);
        var em = Article.getEntityManager();
        long kept = em.createNativeQuery("UPDATE question SET article_id = NULL WHERE article_id = ?1 AND id IN "
                + "(SELECT question_id FROM question_set_item)").setParameter(1, article.id).executeUpdate();
        em.createNativeQuery("DELETE FROM question WHERE article_id = ?1 AND id NOT IN "
                + "(SELECT question_id FROM attempt_answer)").setParameter(1, article.id).executeUpdate();
        em.createNativeQuery("UPDATE question SET article_id = NULL WHERE article_id = ?1")
                .setParameter(1, article.id).executeUpdate();
        GenerationItem.delete("articleId", article.id);
        em.flush();
        em.clear();
        Article.deleteById(article.id);
        return kept;
    }

    /** Reads pasted or uploaded text with the core's reader for its file type and stores it as the teacher's. */
    @Transactional
    public Article add(String fileName, String text, String title) {
        ArticleUploads.checkText(text);
        org.newsquiz.core.article.Article read;
        try {
            read = ArticleReaders.read(fileName, text);
        } catch (UnusableArticleException e) {
            throw Problem.badRequest("The article cannot be used: " + e.getMessage() + ".");
        }
        if (read.body().isBlank()) {
            throw Problem.badRequest("The article has no text.");
        }
        Article article = new Article();
        article.ownerId = current.id();
        article.title = chooseTitle(title, read.title(), read.body());
        article.body = read.body();
        article.source = read.source();
        article.published = read.date();
        article.language = read.language() == null ? "en" : read.language();
        article.licence = read.licence();
        article.persist();
        return article;
    }

    private static String chooseTitle(String given, String read, String body) {
        String title = given != null && !given.isBlank() ? given.strip() : read;
        if (title == null || title.isBlank()) {
            String firstLine = body.strip().lines().findFirst().orElse("Untitled article");
            title = firstLine.length() > 80 ? firstLine.substring(0, 80).strip() + "…" : firstLine;
        }
        if (title.length() > MAX_TITLE_CHARS) {
            throw Problem.badRequest("The title may have at most " + MAX_TITLE_CHARS + " characters.");
        }
        return title;
    }
}
