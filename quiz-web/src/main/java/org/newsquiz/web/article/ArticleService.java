package org.newsquiz.web.article;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.CurrentTeacher;

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
