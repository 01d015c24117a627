package org.newsquiz.web.teacher;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import io.quarkus.qute.TemplateExtension;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.attempt.AttemptState;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.quiz.FeedbackMode;
import org.newsquiz.web.quiz.QuizStatus;

/** The words the teacher's pages show for the stored names of types, states and modes ({@code {type.words}}). */
@TemplateExtension
public final class PlainWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private PlainWords() {
    }

    public static String words(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> "Multiple choice";
            case MULTIPLE_RESPONSE -> "Several right answers";
            case TRUE_FALSE -> "True or false";
            case FILL_IN_BLANK -> "Fill in the blank";
            case MATCHING -> "Matching";
            case ORDERING -> "Put in order";
            case NUMERIC -> "Number";
            case QUOTE_ATTRIBUTION -> "Who said it";
        };
    }

    public static String words(QuestionStatus status) {
        return switch (status) {
            case DRAFT -> "To review";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
        };
    }

    public static String words(FeedbackMode mode) {
        return switch (mode) {
            case IMMEDIATE -> "After each question";
            case AFTER_SUBMIT -> "After the student submits";
            case AFTER_CLOSE -> "After the quiz closes";
        };
    }

    public static String words(QuizStatus status) {
        return status == QuizStatus.OPEN ? "Open" : "Closed";
    }

    public static String words(AttemptState state) {
        return switch (state) {
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case EXPIRED -> "Time ran out";
        };
    }

    /** A draft's estimated difficulty (0 easy … 1 hard) in a word. */
    public static String difficultyWords(double difficulty) {
        return difficulty < 0.34 ? "Easy" : difficulty < 0.67 ? "Medium" : "Hard";
    }

    /** A time limit stored in seconds, in whole minutes as the teacher set it. */
    public static int asMinutes(Integer seconds) {
        return seconds == null ? 0 : seconds / 60;
    }

    /** A day such as "4 Dec 2026", in the server's time zone. */
    public static String day(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(ZoneId.systemDefault()).format(DAY);
    }

    public static String moment(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(ZoneId.systemDefault()).format(MOMENT);
    }
}
