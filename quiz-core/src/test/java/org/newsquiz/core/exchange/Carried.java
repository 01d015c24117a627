package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** What a format keeps of a question on a round trip, and the comparison of what it kept. */
record Carried(boolean ids, boolean explanation, boolean tags, boolean difficulty, boolean evidence, boolean quoteType,
        UnaryOperator<Question> shownOrder) {
    static final Carried EVERYTHING = new Carried(true, true, true, true, true, true, UnaryOperator.identity());
    /** Moodle's formats: no difficulty, no evidence, quotes become multiple choice, shown order rebuilt. */
    static final Carried TEXT_AND_FEEDBACK = new Carried(true, true, true, false, false, false, Carried::orderFromAnswers);
    /** Aiken: the prompt, the options and the one answer. */
    /** QTI items: no tags, difficulty or evidence; quotes become multiple choice; shown order kept. */
    static final Carried QTI = new Carried(true, true, false, false, false, false, UnaryOperator.identity());
    static final Carried CHOICES_ONLY = new Carried(false, false, false, false, false, false, UnaryOperator.identity());

    /** The question as it should come back from the format. */
    Question expected(Question q) {
        Question shown = shownOrder.apply(q);
        QuestionType type = !quoteType && q.type() == QuestionType.QUOTE_ATTRIBUTION ? QuestionType.MULTIPLE_CHOICE : q.type();
        return new Question(q.id(), type, q.prompt(), shown.options(), q.answers(),
                explanation ? q.explanation() : "", evidence ? q.evidence() : List.of(),
                difficulty ? q.difficulty() : 0.5, tags ? q.tags() : List.of(), q.tolerance());
    }

    void assertSame(Question original, Question read) {
        Question expected = expected(original);
        String id = original.id();
        assertAll(id,
                () -> assertEquals(ids ? expected.id() : read.id(), read.id(), id + " id"),
                () -> assertEquals(expected.type(), read.type(), id + " type"),
                () -> assertEquals(expected.prompt(), read.prompt(), id + " prompt"),
                () -> assertEquals(expected.options(), read.options(), id + " options"),
                () -> assertEquals(expected.answers(), read.answers(), id + " answers"),
                () -> assertEquals(expected.explanation(), read.explanation(), id + " explanation"),
                () -> assertEquals(expected.evidence(), read.evidence(), id + " evidence"),
                () -> assertEquals(expected.difficulty(), read.difficulty(), 1e-9, id + " difficulty"),
                () -> assertEquals(expected.tags(), read.tags(), id + " tags"),
                () -> assertEquals(expected.tolerance(), read.tolerance(), 1e-9, id + " tolerance"));
    }

    /** Formats that write matching pairs or the correct order only give options derived from the answers. */
    static Question orderFromAnswers(Question q) {
        List<String> options = switch (q.type()) {
            case MATCHING -> q.answers().stream().map(a -> MatchingPair.parse(a).orElseThrow().right()).toList();
            case ORDERING -> OrderingPresentation.scrambled(q.answers());
            default -> q.options();
        };
        return new Question(q.id(), q.type(), q.prompt(), options, q.answers(), q.explanation(), q.evidence(),
                q.difficulty(), q.tags(), q.tolerance());
    }
}
