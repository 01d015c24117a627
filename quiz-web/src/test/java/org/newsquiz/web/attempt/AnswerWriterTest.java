package org.newsquiz.web.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.FeedbackMode;
import org.newsquiz.web.quiz.Quiz;

/**
 * Saves queued together are committed in batches: what each save's future says must hold per save, whatever else
 * shares its batch, and the last of several saves of one answer must be the one kept.
 */
@QuarkusTest
class AnswerWriterTest {
    @Inject
    QuizFixtures fixtures;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerWriter writer;
    @Inject
    DataSource dataSource;

    @Test
    void manySavesOfOneAnswerQueuedAtOnceAreAllAcknowledgedAndTheLastIsKept() {
        Quiz quiz = fixtures.publish(settings -> { });
        StoredQuestion choice = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        AttemptService.Started started = attempts.start(quiz.id, "Ada", "device-writer-order");
        List<CompletableFuture<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            saves.add(write(started, choice.id, choice.options.get(i % choice.options.size())));
        }

        for (CompletableFuture<Boolean> save : saves) {
            assertTrue(save.join(), "every save is acknowledged as stored");
        }
        assertEquals(List.of(choice.options.get(59 % choice.options.size())),
                storedResponse(started.attempt().id, choice.id), "the last save is the answer kept");
    }

    @Test
    void inImmediateModeTheFirstOfTwoQueuedAnswersStandsAndTheSecondIsRefused() {
        Quiz quiz = fixtures.publish(settings -> settings.feedbackMode = FeedbackMode.IMMEDIATE);
        StoredQuestion choice = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        AttemptService.Started started = attempts.start(quiz.id, "Ben", "device-writer-immediate");

        CompletableFuture<Boolean> first = write(started, choice.id, "Maria Costa");
        CompletableFuture<Boolean> second = write(started, choice.id, "Helen Okafor");

        assertTrue(first.join());
        assertFalse(second.join(), "an answer already shown cannot be changed");
        assertEquals(List.of("Maria Costa"), storedResponse(started.attempt().id, choice.id));
    }

    @Test
    void aWrongTokenOrAnUnstorableSaveRefusesOnlyItselfNotTheOthersQueuedWithIt() {
        Quiz quiz = fixtures.publish(settings -> { });
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        StoredQuestion choice = QuizFixtures.ofType(questions, QuestionType.MULTIPLE_CHOICE);
        StoredQuestion numeric = QuizFixtures.ofType(questions, QuestionType.NUMERIC);
        AttemptService.Started cara = attempts.start(quiz.id, "Cara", "device-writer-cara");
        AttemptService.Started dev = attempts.start(quiz.id, "Dev", "device-writer-dev");

        CompletableFuture<Boolean> caraChoice = write(cara, choice.id, "Helen Okafor");
        CompletableFuture<Boolean> wrongToken = writer.write(dev.attempt().id, AttemptTokens.hash("not the token"),
                choice.id, "[\"Peter Hale\"]");
        CompletableFuture<Boolean> notJson = writer.write(dev.attempt().id, AttemptTokens.hash(dev.token()),
                numeric.id, "[\"4.35\"");
        CompletableFuture<Boolean> caraNumber = write(cara, numeric.id, "4.35");
        CompletableFuture<Boolean> otherQuiz = writer.write(dev.attempt().id, AttemptTokens.hash(dev.token()),
                Long.MAX_VALUE, "[\"1\"]");

        assertTrue(caraChoice.join());
        assertTrue(caraNumber.join());
        assertFalse(wrongToken.join(), "a wrong token stores nothing");
        assertFalse(otherQuiz.join(), "a question outside the attempt stores nothing");
        assertInstanceOf(IllegalStateException.class, assertThrows(CompletionException.class, notJson::join).getCause());
        assertEquals(List.of("Helen Okafor"), storedResponse(cara.attempt().id, choice.id));
        assertEquals(List.of("4.35"), storedResponse(cara.attempt().id, numeric.id));
        assertEquals(0, storedCount(dev.attempt().id));
    }

    @Test
    void savesBeyondTheWaitingRoomOrAfterStoppingAreRefusedWith503AndTheAcknowledgedOnesAreStored() {
        Quiz quiz = fixtures.publish(settings -> { });
        StoredQuestion choice = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        List<AttemptService.Started> students = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            students.add(attempts.start(quiz.id, "Student " + i, "device-writer-full-" + i));
        }
        AnswerWriter small = new AnswerWriter(dataSource, 1, 200, 1);
        try {
            List<CompletableFuture<Boolean>> saves = new ArrayList<>();
            for (AttemptService.Started student : students) {
                saves.add(small.write(student.attempt().id, AttemptTokens.hash(student.token()), choice.id,
                        "[\"Helen Okafor\"]"));
            }
            int refused = 0;
            for (int i = 0; i < saves.size(); i++) {
                try {
                    assertTrue(saves.get(i).join());
                    assertEquals(List.of("Helen Okafor"), storedResponse(students.get(i).attempt().id, choice.id));
                } catch (CompletionException e) {
                    assertEquals(503, assertInstanceOf(Problem.class, e.getCause()).status());
                    assertEquals(0, storedCount(students.get(i).attempt().id), "a refused save stores nothing");
                    refused++;
                }
            }
            assertTrue(refused > 0, "40 saves at once do not fit a writer with room for one waiting save");
        } finally {
            small.stop();
        }
        AttemptService.Started late = students.get(0);
        CompletionException afterStop = assertThrows(CompletionException.class, () -> small.write(late.attempt().id,
                AttemptTokens.hash(late.token()), choice.id, "[\"Peter Hale\"]").join());
        assertEquals(503, assertInstanceOf(Problem.class, afterStop.getCause()).status());
    }

    private CompletableFuture<Boolean> write(AttemptService.Started started, long questionId, String answer) {
        return writer.write(started.attempt().id, AttemptTokens.hash(started.token()), questionId,
                "[\"" + answer + "\"]");
    }

    @Transactional
    List<String> storedResponse(UUID attemptId, long questionId) {
        return AttemptAnswer.<AttemptAnswer>findByIdOptional(new AttemptAnswer.Key(attemptId, questionId))
                .map(answer -> answer.response).orElse(List.of());
    }

    @Transactional
    long storedCount(UUID attemptId) {
        return AttemptAnswer.count("key.attemptId", attemptId);
    }
}
