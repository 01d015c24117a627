package org.newsquiz.web.generation;

import java.util.List;

/**
 * A drafting batch as the teacher follows it: RUNNING until every article is DONE or FAILED, then DONE.
 *
 * @param finished  articles done or failed
 * @param questions drafts added by the whole batch
 */
public record BatchProgress(long id, String status, int total, int finished, int failed, int questions,
        List<Article> articles) {

    /** One article's line: its status, the drafts it added, and for a failure the reason. */
    public record Article(long articleId, String title, GenerationStatus status, int questionCount, String error) {
    }

    public static BatchProgress of(long id, List<Article> articles) {
        int finished = (int) articles.stream().filter(a -> a.status().finished()).count();
        int failed = (int) articles.stream().filter(a -> a.status() == GenerationStatus.FAILED).count();
        int questions = articles.stream().mapToInt(Article::questionCount).sum();
        String status = finished == articles.size() ? "DONE" : "RUNNING";
        return new BatchProgress(id, status, articles.size(), finished, failed, questions, articles);
    }

    public boolean running() {
        return finished < total;
    }
}
