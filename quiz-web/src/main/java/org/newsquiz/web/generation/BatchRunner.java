package org.newsquiz.web.generation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.boot.StartupRetries;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.DraftService;

/**
 * Works through drafting batches in the background, one article at a time. Each item is claimed in the database
 * (skipping rows another worker holds), so any replica may work on a batch and none drafts an article twice.
 */
@ApplicationScoped
public class BatchRunner {
    private static final Logger LOG = Logger.getLogger(BatchRunner.class);
    /** Drafting takes about a second per article: an item running this long lost its worker (a stopped replica). */
    private static final int STALE_MINUTES = 10;

    @Inject
    DraftService drafts;
    /** One batch at a time: generation is CPU-bound and students' requests share the cores. */
    @Inject
    @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor executor;

    @Inject
    StartupRetries retries;

    @ConfigProperty(name = "newsquiz.generation.resume-at-start")
    boolean resumeAtStart;

    private record Claim(long itemId, long articleId, long ownerId) {
    }

    /** Starts the batch's queued items; call after the transaction that created them has committed. */
    public void start(long batchId) {
        executor.runAsync(() -> run(batchId)).exceptionally(e -> {
            LOG.errorf(e, "Drafting batch %d stopped; its queued articles resume at the next start", batchId);
            return null;
        });
    }

    void onStart(@Observes StartupEvent event) {
        if (resumeAtStart) {
            // In the background: its first query (parsing HQL) took 0.1 s of a restart before ready (BENCHMARKS.md).
            retries.runInBackground("Resuming drafting batches", this::resumeQueued);
        }
    }

    /** Requeues items whose worker is gone and starts every batch with queued items. */
    public void resumeQueued() {
        List<Long> batches = QuarkusTransaction.requiringNew().call(() -> {
            GenerationItem.update("status = ?1, startedAt = null where status = ?2 and startedAt < ?3",
                    GenerationStatus.QUEUED, GenerationStatus.RUNNING, OffsetDateTime.now().minusMinutes(STALE_MINUTES));
            return GenerationItem.<GenerationItem>list("status = ?1", GenerationStatus.QUEUED).stream()
                    .map(i -> i.batchId).distinct().toList();
        });
        batches.forEach(this::start);
    }

    void run(long batchId) {
        for (Optional<Claim> claim = claimNext(batchId); claim.isPresent(); claim = claimNext(batchId)) {
            draft(claim.get());
        }
    }

    private Optional<Claim> claimNext(long batchId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                    UPDATE generation_item SET status = 'RUNNING', started_at = now()
                    WHERE id = (SELECT id FROM generation_item WHERE batch_id = ?1 AND status = 'QUEUED'
                                ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING id, article_id, (SELECT owner_id FROM generation_batch WHERE id = ?1)""")
                    .setParameter(1, batchId).getResultList();
            return rows.stream().findFirst().map(r -> new Claim(((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        });
    }

    private void draft(Claim claim) {
        try {
            Article article = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(claim.articleId()));
            if (article == null) {
                throw Problem.notFound("The article no longer exists.");
            }
            var questions = drafts.draft(article);
            QuarkusTransaction.requiringNew().run(() -> finish(claim.itemId(), GenerationStatus.DONE,
                    drafts.store(claim.articleId(), claim.ownerId(), questions).size(), null));
        } catch (Problem problem) {
            QuarkusTransaction.requiringNew().run(() -> finish(claim.itemId(), GenerationStatus.FAILED, 0,
                    problem.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Drafting failed for article %d", claim.articleId());
            QuarkusTransaction.requiringNew().run(() -> finish(claim.itemId(), GenerationStatus.FAILED, 0,
                    "Drafting stopped on an unexpected error; try this article again."));
        }
    }

    private static void finish(long itemId, GenerationStatus status, int questionCount, String error) {
        GenerationItem item = GenerationItem.findById(itemId);
        item.status = status;
        item.questionCount = questionCount;
        item.error = error;
        item.finishedAt = OffsetDateTime.now();
    }
}
