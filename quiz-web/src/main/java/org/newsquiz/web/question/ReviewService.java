package org.newsquiz.web.question;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ArticleService;
import org.newsquiz.web.config.Generator;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.CurrentTeacher;

/** The teacher's review of their questions: approve, reject, edit, write by hand, reorder, new distractors. */
@ApplicationScoped
public class ReviewService {
    private static final int DISTRACTOR_ATTEMPTS = 6;
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    CurrentTeacher current;
    @Inject
    ArticleService articles;
    @Inject
    Generator generator;

    /** The questions of an article the teacher may see: their own, or everyone's for an administrator. */
    public List<StoredQuestion> forArticle(long articleId) {
        articles.readable(articleId);
        if (current.isAdmin()) {
            return StoredQuestion.list("articleId = ?1 order by ownerId nulls first, position, id", articleId);
        }
        return StoredQuestion.list("articleId = ?1 and ownerId = ?2 order by position, id", articleId, current.id());
    }

    public StoredQuestion owned(long id) {
        return current.requireOwned(StoredQuestion.<StoredQuestion>findById(id), q -> q.ownerId, "question",
                "There is no question " + id + ".");
    }

    @Transactional
    public StoredQuestion setStatus(long id, QuestionStatus status) {
        StoredQuestion question = owned(id);
        question.status = status;
        return question;
    }

    /** Replaces the content; the evidence and the review status stay. */
    @Transactional
    public StoredQuestion edit(long id, QuestionEdit edit) {
        StoredQuestion question = owned(id);
        Article article = question.articleId == null ? null : Article.findById(question.articleId);
        Question checked = edit.toQuestion(question.externalId, question.evidence, question.tags,
                article == null ? null : article.body);
        apply(question, checked);
        question.edited = true;
        return question;
    }

    /** Approves the listed questions of the article (those the review page showed); others are not touched. */
    @Transactional
    public int approveAll(long articleId, List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.contains(null)) {
            throw Problem.badRequest("There is no question to approve.");
        }
        List<StoredQuestion> chosen = new java.util.ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            StoredQuestion question = owned(id);
            if (question.articleId == null || question.articleId != articleId) {
                throw Problem.badRequest("Question " + id + " is not one of this article's.");
            }
            chosen.add(question);
        }
        chosen.forEach(q -> q.status = QuestionStatus.APPROVED);
        return chosen.size();
    }

    /** A question written by hand for an article: no evidence, approved since the teacher wrote it. */
    @Transactional
    public StoredQuestion add(long articleId, QuestionEdit edit) {
        Article article = articles.readable(articleId);
        Question checked = edit.toQuestion("q-own-" + UUID.randomUUID().toString().substring(0, 12), List.of(),
                List.of("teacher"), article.body);
        StoredQuestion question = StoredQuestion.from(checked, article.id, current.id(), QuestionStatus.APPROVED);
        question.position = StoredQuestion.<StoredQuestion>list("ownerId = ?1 and articleId = ?2", current.id(), articleId)
                .stream().mapToInt(q -> q.position + 1).max().orElse(0);
        question.persist();
        return question;
    }

    /**
     * Swaps the question with its neighbour {@code "up"} or {@code "down"} in its owner's list for the article; at
     * either end nothing moves.
     *
     * @return the owner's questions for the article in their new order
     */
    @Transactional
    public List<StoredQuestion> move(long id, String direction) {
        int step = switch (direction == null ? "" : direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw Problem.badRequest("Move a question \"up\" or \"down\".");
        };
        StoredQuestion question = owned(id);
        List<StoredQuestion> siblings = StoredQuestion.list("ownerId = ?1 and articleId = ?2 order by position, id",
                question.ownerId, question.articleId);
        int index = siblings.indexOf(question);
        int other = index + step;
        if (other >= 0 && other < siblings.size()) {
            Collections.swap(siblings, index, other);
        }
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).position = i;
        }
        return siblings;
    }

    /**
     * New wrong options for a choice question: the generator runs again on the article with other seeds, and a
     * draft of the same question with the same answers supplies its options if they differ from the current ones.
     * The answers never change, so a question whose answers the teacher edited gets 409 rather than a mismatch.
     */
    @Transactional
    public StoredQuestion regenerateDistractors(long id) {
        StoredQuestion question = owned(id);
        if (question.type != QuestionType.MULTIPLE_CHOICE && question.type != QuestionType.MULTIPLE_RESPONSE
                && question.type != QuestionType.QUOTE_ATTRIBUTION) {
            throw Problem.badRequest("Only multiple-choice, multiple-response and quote questions have distractors.");
        }
        Article article = question.articleId == null ? null : Article.findById(question.articleId);
        if (article == null) {
            throw Problem.conflict("The question has no article to draw distractors from.");
        }
        for (int attempt = 0; attempt < DISTRACTOR_ATTEMPTS; attempt++) {
            List<Question> drafts;
            try {
                drafts = generator.generate(article.toCore(), new GenerationOptions(500, SEEDS.nextLong(), true)).questions();
            } catch (UnusableArticleException e) {
                throw Problem.conflict("The article no longer yields questions: " + e.getMessage() + ".");
            }
            for (Question draft : drafts) {
                if (offersOtherDistractors(draft, question)) {
                    question.options = StoredOrder.shuffled(draft).options();
                    return question;
                }
            }
        }
        throw Problem.conflict("The article offers no other distractors for this question; edit the options by hand.");
    }

    /**
     * Whether the draft asks the same question (same type and answers, and same id or prompt, so a reworded prompt
     * still matches) with other options that hold each answer once and no wrong option equal to an answer.
     */
    private static boolean offersOtherDistractors(Question draft, StoredQuestion question) {
        boolean same = draft.type() == question.type
                && new HashSet<>(draft.answers()).equals(new HashSet<>(question.answers))
                && (draft.id().equals(question.externalId) || draft.prompt().equals(question.prompt));
        if (!same || !draft.options().containsAll(question.answers)
                || new HashSet<>(draft.options()).equals(new HashSet<>(question.options))) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        return draft.options().stream().allMatch(option -> seen.add(option.strip().toLowerCase(Locale.ROOT)));
    }

    private static void apply(StoredQuestion question, Question checked) {
        question.type = checked.type();
        question.prompt = checked.prompt();
        question.options = checked.options();
        question.answers = checked.answers();
        question.explanation = checked.explanation();
        question.difficulty = checked.difficulty();
        question.tolerance = checked.tolerance();
    }
}
