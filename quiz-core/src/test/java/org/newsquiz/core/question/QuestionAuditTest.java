package org.newsquiz.core.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionAuditTest {
    private static final QuestionAudit AUDIT = new QuestionAudit();
    private static final String BODY = "Chancellor Gordon Brown spoke in Leeds. Mr Brown said the cut would cost £3.58bn. "
            + "The film Strong Medicine opened in May. Oliver Letwin was not impressed.";

    @Test
    void twoOptionsNamingOnePersonAreFound() {
        assertEquals(List.of(QuestionAudit.DUPLICATE_ENTITY), codes(choice("Who spoke in Leeds?",
                List.of("Mr Brown", "Gordon Brown", "Oliver Letwin", "Ray Mallon"), "Gordon Brown")));
        assertEquals(List.of(QuestionAudit.DUPLICATE_ENTITY), codes(choice("Who spoke in Leeds?",
                List.of("Brown", "Gordon Brown", "Oliver Letwin", "Ray Mallon"), "Gordon Brown")));
        assertEquals(List.of(), codes(choice("Who spoke in Leeds?",
                List.of("Gordon Brown", "Oliver Letwin", "Ray Mallon", "Anna Kowalska"), "Gordon Brown")));
    }

    @Test
    void aBlankInsideAFigureIsFound() {
        assertEquals(List.of(QuestionAudit.SPLIT_TOKEN), codes(blank("Fill in the blank: Mr Brown said the cut would cost £_____.58bn.", "3")));
        assertEquals(List.of(QuestionAudit.SPLIT_TOKEN), codes(blank("Fill in the blank: the cut would cost _____bn.", "£3.58")));
        assertEquals(List.of(), codes(blank("Fill in the blank: Mr Brown said the cut would cost _____.", "£3.58bn")));
    }

    @Test
    void aBlankOnOneHalfOfAHyphenatedNameIsFound() {
        assertEquals(List.of(QuestionAudit.SPLIT_TOKEN), codes(blank("Fill in the blank: Ana Ruiz was treated at Barnes-_____ Hospital.", "Jewish")));
    }

    @Test
    void aStemWhoseSubjectNamesNothingIsFound() {
        assertEquals(List.of(QuestionAudit.DANGLING_REFERENT), codes(blank("Fill in the blank: He said the cut would cost _____.", "£3.58bn")));
        assertEquals(List.of(QuestionAudit.DANGLING_REFERENT), codes(blank("Fill in the blank: The company said the cut would cost _____.", "£3.58bn")));
        assertEquals(List.of(QuestionAudit.DANGLING_REFERENT), codes(new Question("q", QuestionType.NUMERIC,
                "How many days did the American spend at the camp?", List.of(), List.of("3"), "", List.of(), 0.5, List.of(), 0)));
        assertEquals(List.of(QuestionAudit.DANGLING_REFERENT), codes(new Question("q", QuestionType.NUMERIC,
                "How many goals did the match produce?", List.of(), List.of("3"), "", List.of(), 0.5, List.of(), 0)));
        assertEquals(List.of(), codes(choice("According to the article, who is the chancellor?",
                List.of("Gordon Brown", "Oliver Letwin", "Ray Mallon", "Anna Kowalska"), "Gordon Brown")));
        assertEquals(List.of(), codes(blank("Fill in the blank: The company's chief said the cut would cost _____.", "£3.58bn")));
        assertEquals(List.of(), codes(blank("Fill in the blank: Patients were less likely to fall than were those who _____.", "walked")));
        assertEquals(List.of(), codes(new Question("q", QuestionType.NUMERIC, "How many adults did the study described in the article involve?",
                List.of(), List.of("2400"), "e", List.of(), 0.5, List.of(), 0.0)));
    }

    @Test
    void aNameOrTitleCutShortIsFound() {
        assertEquals(List.of(QuestionAudit.TRUNCATED_NAME), codes(blank("Fill in the blank: The film _____ Medicine opened in May.", "Strong")));
        assertEquals(List.of(QuestionAudit.TRUNCATED_NAME), codes(choice("Which film opened in May?",
                List.of("Strong", "Weak", "Tall", "Short"), "Strong")));
        assertEquals(List.of(), codes(choice("Who was not impressed?",
                List.of("Oliver Letwin", "Gordon Brown", "Ray Mallon", "Anna Kowalska"), "Oliver Letwin")));
    }

    private static Question choice(String prompt, List<String> options, String answer) {
        return new Question("q", QuestionType.MULTIPLE_CHOICE, prompt, options, List.of(answer), "", List.of(), 0.5, List.of(), 0);
    }

    private static Question blank(String prompt, String answer) {
        return new Question("q", QuestionType.FILL_IN_BLANK, prompt, List.of(), List.of(answer), "", List.of(), 0.5, List.of(), 0);
    }

    private static List<String> codes(Question q) {
        return AUDIT.audit(q, BODY).stream().map(QuestionAudit.Finding::code).toList();
    }
}
