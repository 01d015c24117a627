package org.newsquiz.web.exchange;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.teacher.Teacher;

/** A set with one question of each type, and counts of what the bank holds. */
@ApplicationScoped
public class ExchangeFixture {

    /** A stored question as the tests compare it after a round trip. */
    public record Stored(QuestionType type, String prompt, List<String> options, List<String> answers) {
    }

    static List<Question> everyType() {
        return List.of(
                new Question("harbour-city", QuestionType.MULTIPLE_CHOICE, "Where did the ferry dock?",
                        List.of("Harwich", "Dover", "Hull"), List.of("Dover"), "The report names Dover.",
                        List.of(), 0.4, List.of("place"), 0),
                new Question("crew", QuestionType.MULTIPLE_RESPONSE, "Who was on the bridge?",
                        List.of("The captain", "The pilot", "The cook"), List.of("The captain", "The pilot"),
                        "", List.of(), 0.6, List.of(), 0),
                new Question("fog", QuestionType.TRUE_FALSE, "Fog delayed the crossing.",
                        List.of("True", "False"), List.of("True"), "", List.of(), 0.3, List.of(), 0),
                new Question("strike-day", QuestionType.FILL_IN_BLANK, "The strike began on _____.",
                        List.of(), List.of("Monday"), "", List.of(), 0.5, List.of(), 0),
                new Question("roles", QuestionType.MATCHING, "Match each person with their role.",
                        List.of("Captain", "Union leader"),
                        List.of("Ines Moor" + Question.PAIR_ARROW + "Captain",
                                "Tom Reyes" + Question.PAIR_ARROW + "Union leader"),
                        "", List.of(), 0.5, List.of(), 0),
                new Question("sequence", QuestionType.ORDERING, "Put the events in order.",
                        List.of("Talks", "Strike", "Deal"), List.of("Strike", "Talks", "Deal"), "", List.of(), 0.7,
                        List.of(), 0),
                new Question("passengers", QuestionType.NUMERIC, "How many passengers were stranded?",
                        List.of(), List.of("340"), "", List.of(), 0.5, List.of(), 5));
    }

    @Transactional
    public long createSet(Teacher owner, String title) {
        QuestionSet set = new QuestionSet();
        set.ownerId = owner.id;
        set.title = title;
        for (Question question : everyType()) {
            StoredQuestion stored = StoredQuestion.from(question, null, owner.id, QuestionStatus.APPROVED);
            stored.persist();
            set.questions.add(stored);
        }
        set.persist();
        return set.id;
    }

    @Transactional
    public List<Stored> questionsOf(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        return set.questions.stream().map(q -> new Stored(q.type, q.prompt, q.options, q.answers)).toList();
    }

    @Transactional
    public QuestionSet set(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        set.questions.forEach(q -> q.status.name());
        return set;
    }

    /** How many questions and sets the bank holds, to show a refused import stored nothing. */
    @Transactional
    public List<Long> counts() {
        return List.of(StoredQuestion.count(), QuestionSet.count());
    }
}
