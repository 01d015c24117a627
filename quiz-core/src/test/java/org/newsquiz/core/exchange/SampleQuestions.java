package org.newsquiz.core.exchange;

import java.util.List;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** One hand-built question per type, with the characters each format has to escape. */
final class SampleQuestions {
    static final String BODY = "The leaders met near Anchorage on Friday: talks lasted 3 hours {closed} ~ 40% done.";

    private SampleQuestions() {
    }

    static Question multipleChoice() {
        return new Question("q-mc", QuestionType.MULTIPLE_CHOICE,
                "Where did the leaders meet {on Friday}? Choose: the city = the venue.",
                List.of("Anchorage", "Juneau #2", "Fairbanks ~ north"), List.of("Anchorage"),
                "The report says: near Anchorage.", List.of(Evidence.of(BODY, 0, 36)), 0.3,
                List.of("politics", "place"), 0);
    }

    static Question multipleResponse() {
        return new Question("q-mr", QuestionType.MULTIPLE_RESPONSE,
                "Which of these took part in the talks? <select all>",
                List.of("Ukraine", "France & Germany", "Brazil", "Japan"), List.of("Ukraine", "France & Germany"),
                "Both are named in the second paragraph.", List.of(Evidence.of(BODY, 4, 11)), 0.6,
                List.of("people"), 0);
    }

    static Question trueFalse() {
        return new Question("q-tf", QuestionType.TRUE_FALSE, "The talks lasted more than five hours.",
                List.of("True", "False"), List.of("False"), "They lasted 3 hours.",
                List.of(Evidence.of(BODY, 50, 64)), 0.2, List.of("time"), 0);
    }

    static Question fillInBlank() {
        return new Question("q-fib", QuestionType.FILL_IN_BLANK, "The leaders met near _____ on Friday.",
                List.of(), List.of("Anchorage", "anchorage, Alaska"), "", List.of(Evidence.of(BODY, 0, 36)), 0.7,
                List.of(), 0);
    }

    static Question matching() {
        return new Question("q-match", QuestionType.MATCHING, "Match each leader with the country: they lead.",
                List.of("France", "United Kingdom", "Ukraine"),
                List.of("Zelensky" + Question.PAIR_ARROW + "Ukraine", "Macron" + Question.PAIR_ARROW + "France",
                        "Starmer" + Question.PAIR_ARROW + "United Kingdom"),
                "Heads of government named in the article.", List.of(Evidence.of(BODY, 4, 11)), 0.5,
                List.of("people", "politics"), 0);
    }

    static Question ordering() {
        return new Question("q-order", QuestionType.ORDERING, "Put the events in the order they happened.",
                List.of("The talks closed", "The leaders arrived", "A statement was read", "The leaders met"),
                List.of("The leaders arrived", "The leaders met", "The talks closed", "A statement was read"),
                "Chronology of the day.", List.of(Evidence.of(BODY, 0, 36)), 0.8, List.of("time"), 0);
    }

    static Question numeric() {
        return new Question("q-num", QuestionType.NUMERIC, "How many hours did the talks last?",
                List.of(), List.of("3.5"), "About three and a half hours.", List.of(Evidence.of(BODY, 50, 64)), 0.4,
                List.of("numbers"), 0.5);
    }

    static Question quoteAttribution() {
        return new Question("q-quote", QuestionType.QUOTE_ATTRIBUTION,
                "Who said: \"We want a lasting peace, not a pause\"?",
                List.of("Zelensky", "Macron", "Starmer"), List.of("Zelensky"), "Said at the press conference.",
                List.of(Evidence.of(BODY, 0, 10)), 0.5, List.of("quotes"), 0);
    }

    static List<Question> all() {
        return List.of(multipleChoice(), multipleResponse(), trueFalse(), fillInBlank(), matching(), ordering(),
                numeric(), quoteAttribution());
    }
}
