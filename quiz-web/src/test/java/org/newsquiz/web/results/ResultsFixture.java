package org.newsquiz.web.results;

import java.util.List;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.attempt.AnswerStore;
import org.newsquiz.web.attempt.Attempt;
import org.newsquiz.web.attempt.AttemptService;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.QuizService;
import org.newsquiz.web.teacher.Teacher;

/**
 * A three-question quiz taken by four students who finished and one still at work, with answers chosen so the
 * item statistics have known values.
 */
@ApplicationScoped
public class ResultsFixture {
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.test\")";
    public static final String QUOTED_NAME = "Cat \"Kit\" Lee, Jr";

    @Inject
    QuizService quizzes;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerStore answers;

    /** The quiz, its questions in set order (choice, true/false, numeric) and the attempts by student. */
    public record Taken(Quiz quiz, List<Long> questionIds, UUID ann, UUID ben, UUID cat, UUID dan, UUID eve) {
    }

    public Taken create(Teacher owner) {
        Quiz quiz = publish(owner);
        List<Long> ids = quiz.questionSet.questions.stream().map(q -> q.id).toList();
        long choice = ids.get(0);
        long trueFalse = ids.get(1);
        long numeric = ids.get(2);
        UUID ann = take(quiz, "Ann", new Object[][] {{choice, "Lisbon"}, {trueFalse, "True"}, {numeric, "42"}});
        UUID ben = take(quiz, "Ben", new Object[][] {{choice, "Lisbon"}, {trueFalse, "True"}, {numeric, "7"}});
        UUID cat = take(quiz, QUOTED_NAME, new Object[][] {{choice, "Porto"}, {trueFalse, "True"}});
        UUID dan = take(quiz, FORMULA_NAME, new Object[][] {{choice, "Porto"}, {trueFalse, "False"}, {numeric, "42"}});
        AttemptService.Started eve = attempts.start(quiz.id, "Eve", "device-Eve");
        answers.save(eve.attempt().id, eve.token(), choice, List.of("Lisbon"));
        for (UUID id : List.of(ann, ben, cat, dan)) {
            attempts.submit(id);
        }
        startedBefore(ann, 95);
        return new Taken(quiz, ids, ann, ben, cat, dan, eve.attempt().id);
    }

    @Transactional
    Quiz publish(Teacher owner) {
        QuestionSet set = new QuestionSet();
        set.ownerId = owner.id;
        set.title = "Capitals and numbers";
        set.questions.add(stored(owner, new Question("capital", QuestionType.MULTIPLE_CHOICE,
                "Which city is the capital of Portugal?", List.of("Lisbon", "Porto", "Braga"), List.of("Lisbon"),
                "", List.of(), 0.5, List.of(), 0)));
        set.questions.add(stored(owner, new Question("river", QuestionType.TRUE_FALSE,
                "The Tagus flows through Lisbon.", List.of("True", "False"), List.of("True"), "", List.of(), 0.5,
                List.of(), 0)));
        set.questions.add(stored(owner, new Question("answer", QuestionType.NUMERIC,
                "What is six times seven?", List.of(), List.of("42"), "", List.of(), 0.5, List.of(), 0)));
        set.persist();
        Quiz quiz = quizzes.publish(set, "Results quiz " + owner.email, owner.id);
        quiz.questionSet.questions.size();
        return quiz;
    }

    private static StoredQuestion stored(Teacher owner, Question question) {
        StoredQuestion stored = StoredQuestion.from(question, null, owner.id, QuestionStatus.APPROVED);
        stored.persist();
        return stored;
    }

    private UUID take(Quiz quiz, String name, Object[][] responses) {
        AttemptService.Started started = attempts.start(quiz.id, name, "device-" + name);
        for (Object[] response : responses) {
            answers.save(started.attempt().id, started.token(), (Long) response[0], List.of((String) response[1]));
        }
        return started.attempt().id;
    }

    /** Moves the start back so the attempt took {@code seconds} from start to submission. */
    @Transactional
    void startedBefore(UUID attemptId, long seconds) {
        Attempt attempt = Attempt.findById(attemptId);
        attempt.startedAt = attempt.submittedAt.minusSeconds(seconds);
    }
}
