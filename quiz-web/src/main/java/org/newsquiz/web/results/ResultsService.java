package org.newsquiz.web.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.web.attempt.Attempt;
import org.jboss.logging.Logger;
import org.newsquiz.web.attempt.AttemptAnswer;
import org.newsquiz.web.attempt.AttemptState;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.teacher.CurrentTeacher;

/** Reads a quiz's attempts for its owner (or an administrator) and computes the item analysis. */
@ApplicationScoped
public class ResultsService {
    private static final Logger LOG = Logger.getLogger(ResultsService.class);

    @Inject
    CurrentTeacher current;

    @Transactional
    public QuizResults results(long quizId) {
        Quiz quiz = ownedQuiz(quizId);
        List<Attempt> attempts = Attempt.list("quiz.id = ?1 order by startedAt, id", quiz.id);
        Map<Long, StoredQuestion> questions = questionsOf(quiz, attempts);
        Map<UUID, Map<Long, AttemptAnswer>> answers = answersOf(quiz.id);

        List<QuizResults.Column> columns = new ArrayList<>();
        for (StoredQuestion question : questions.values()) {
            columns.add(new QuizResults.Column(question.id, columns.size() + 1, question.type.name(), question.prompt));
        }
        Map<String, Integer> perName = new HashMap<>();
        attempts.forEach(a -> perName.merge(nameKey(a), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<QuizResults.Row> rows = attempts.stream().map(a -> row(a, answers.getOrDefault(a.id, Map.of()),
                seen.merge(nameKey(a), 1, Integer::sum), perName.get(nameKey(a)))).toList();
        List<QuizResults.Row> finished = rows.stream().filter(QuizResults.Row::finished).toList();

        List<Long> ids = List.copyOf(questions.keySet());
        List<ItemAnalysis.ItemStatistics> statistics = ItemAnalysis.analyse(ids,
                finished.stream().map(QuizResults.Row::questionScores).toList());
        List<QuizResults.Item> items = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ItemAnalysis.ItemStatistics s = statistics.get(i);
            items.add(new QuizResults.Item(s.questionId(), i + 1, columns.get(i).prompt(), s.responses(),
                    s.facility(), s.discrimination(), s.flags()));
        }
        List<Double> percentages = percentages(finished);
        List<QuizResults.Band> bands = ScoreHistogram.of(percentages).bars().stream()
                .map(bar -> new QuizResults.Band(bar.label(), bar.count())).toList();
        Double mean = percentages.isEmpty() ? null
                : percentages.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new QuizResults(quiz.id, quiz.title, quiz.code, columns, rows, items, bands, finished.size(), mean);
    }

    /** The scores of finished attempts as percentages of their maximum, for the histogram. */
    static List<Double> percentages(List<QuizResults.Row> finished) {
        return finished.stream().filter(r -> r.maxScore() != null && r.maxScore() > 0)
                .map(r -> 100 * (r.score() == null ? 0 : r.score()) / r.maxScore()).toList();
    }

    @Transactional
    public AttemptDetail attempt(long quizId, UUID attemptId) {
        Quiz quiz = ownedQuiz(quizId);
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt == null || !attempt.quiz.id.equals(quiz.id)) {
            throw Problem.notFound("This quiz has no such attempt.");
        }
        Map<Long, AttemptAnswer> answers = AttemptAnswer.forAttempt(attempt.id).stream()
                .collect(Collectors.toMap(a -> a.key.questionId(), Function.identity()));
        long sameName = Attempt.count("quiz.id = ?1 and lower(studentName) = ?2", quiz.id, nameKey(attempt));
        long before = Attempt.count("quiz.id = ?1 and lower(studentName) = ?2 and startedAt < ?3", quiz.id,
                nameKey(attempt), attempt.startedAt);
        QuizResults.Row row = row(attempt, answers, (int) before + 1, (int) sameName);
        // Numbered as on the results page (the set's order, whatever order this student saw them in).
        Map<Long, StoredQuestion> numbered = questionsOf(quiz, List.of(attempt));
        Set<Long> seen = Set.copyOf(attempt.questionOrder);
        List<AttemptDetail.Answer> details = new ArrayList<>();
        int position = 0;
        for (StoredQuestion question : numbered.values()) {
            position++;
            Long questionId = question.id;
            if (!seen.contains(questionId)) {
                continue;
            }
            AttemptAnswer answer = answers.get(questionId);
            details.add(new AttemptDetail.Answer(position, questionId, question.type.name(), question.prompt,
                    answer == null ? List.of() : answer.response, question.answers,
                    row.questionScores().get(questionId)));
        }
        return new AttemptDetail(quiz.id, quiz.title, row, details);
    }

    /**
     * Gives the student a fresh start on the same attempt: the answers and the score are removed and the attempt is
     * in progress again from now, so the student's link (or joining again on the same device) opens it.
     */
    @Transactional
    public void reset(long quizId, UUID attemptId) {
        Attempt attempt = ownedAttempt(quizId, attemptId);
        AttemptAnswer.delete("key.attemptId", attempt.id);
        attempt.state = AttemptState.IN_PROGRESS;
        attempt.startedAt = java.time.OffsetDateTime.now();
        attempt.deadline = attempt.quiz.timeLimitSeconds == null ? null
                : attempt.startedAt.plusSeconds(attempt.quiz.timeLimitSeconds);
        attempt.submittedAt = null;
        attempt.score = null;
        LOG.infof("%s reset the attempt %s of \"%s\" on quiz %d", current.get().email, attempt.id,
                attempt.studentName, quizId);
    }

    /** Removes the attempt and its answers; it no longer counts against the student's attempts. */
    @Transactional
    public void delete(long quizId, UUID attemptId) {
        Attempt attempt = ownedAttempt(quizId, attemptId);
        AttemptAnswer.delete("key.attemptId", attempt.id);
        attempt.delete();
        LOG.infof("%s deleted the attempt %s of \"%s\" on quiz %d", current.get().email, attempt.id,
                attempt.studentName, quizId);
    }

    private Attempt ownedAttempt(long quizId, UUID attemptId) {
        Quiz quiz = ownedQuiz(quizId);
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt == null || !attempt.quiz.id.equals(quiz.id)) {
            throw Problem.notFound("This quiz has no such attempt.");
        }
        return attempt;
    }

    /** The quiz, if this teacher owns it or administers; 404 for an unknown id, 403 for someone else's. */
    public Quiz ownedQuiz(long quizId) {
        return current.requireOwned(Quiz.<Quiz>findById(quizId), q -> q.ownerId, "quiz", "There is no such quiz.");
    }

    private static String nameKey(Attempt attempt) {
        return attempt.studentName.toLowerCase(java.util.Locale.ROOT);
    }

    private static QuizResults.Row row(Attempt attempt, Map<Long, AttemptAnswer> answers, int nameAttempt,
                                       int nameAttempts) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        boolean finished = !attempt.inProgress();
        if (finished) {
            for (Long questionId : attempt.questionOrder) {
                AttemptAnswer answer = answers.get(questionId);
                scores.put(questionId, answer == null || answer.score == null ? 0.0 : answer.score);
            }
        }
        Long seconds = attempt.submittedAt == null ? null
                : Duration.between(attempt.startedAt, attempt.submittedAt).toSeconds();
        return new QuizResults.Row(attempt.id, attempt.studentName, attempt.state, attempt.startedAt,
                attempt.submittedAt, seconds, attempt.score, attempt.maxScore, scores, nameAttempt, nameAttempts);
    }

    /** The set's questions in its order, then any question an attempt saw that has since left the set. */
    private static Map<Long, StoredQuestion> questionsOf(Quiz quiz, List<Attempt> attempts) {
        Map<Long, StoredQuestion> questions = new LinkedHashMap<>();
        for (StoredQuestion question : quiz.questionSet.questions) {
            questions.put(question.id, question);
        }
        Set<Long> departed = new LinkedHashSet<>();
        for (Attempt attempt : attempts) {
            attempt.questionOrder.stream().filter(id -> !questions.containsKey(id)).forEach(departed::add);
        }
        if (!departed.isEmpty()) {
            Map<Long, StoredQuestion> found = byId(departed);
            departed.stream().filter(found::containsKey).forEach(id -> questions.put(id, found.get(id)));
        }
        return questions;
    }

    private static Map<Long, StoredQuestion> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return StoredQuestion.<StoredQuestion>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
    }

    private static Map<UUID, Map<Long, AttemptAnswer>> answersOf(long quizId) {
        List<AttemptAnswer> all = AttemptAnswer.list(
                "key.attemptId in (select a.id from Attempt a where a.quiz.id = ?1)", quizId);
        Map<UUID, Map<Long, AttemptAnswer>> byAttempt = new HashMap<>();
        for (AttemptAnswer answer : all) {
            byAttempt.computeIfAbsent(answer.key.attemptId(), k -> new HashMap<>()).put(answer.key.questionId(), answer);
        }
        return byAttempt;
    }
}
