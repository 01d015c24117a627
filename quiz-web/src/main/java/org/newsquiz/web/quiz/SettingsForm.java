package org.newsquiz.web.quiz;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.newsquiz.web.error.Problem;

/**
 * The quiz settings form's fields as typed, so a refused form comes back with every field as it was. Dates are
 * the browser's {@code datetime-local} values, read in the server's time zone.
 */
public record SettingsForm(String title, String minutes, String attempts, String opens, String closes,
        boolean onePerPage, boolean shuffle, String feedback, boolean listed, String recognition) {

    /** A new quiz's form: shuffled, answers after submitting, not listed on the home page. */
    public static SettingsForm defaults(String title) {
        return new SettingsForm(title, "", "", "", "", false, true, FeedbackMode.AFTER_SUBMIT.name(), false,
                Recognition.DEVICE.name());
    }

    public static SettingsForm of(Quiz quiz) {
        return new SettingsForm(quiz.title,
                quiz.timeLimitSeconds == null ? "" : String.valueOf(quiz.timeLimitSeconds / 60),
                quiz.maxAttempts == null ? "" : String.valueOf(quiz.maxAttempts), local(quiz.opensAt),
                local(quiz.closesAt), quiz.onePerPage, quiz.shuffle, quiz.feedbackMode.name(), quiz.listed,
                quiz.recognition.name());
    }

    /** The settings, or a 400 that names the field to correct. */
    public QuizSettings toSettings() {
        FeedbackMode mode;
        try {
            mode = feedback == null || feedback.isBlank() ? FeedbackMode.AFTER_SUBMIT : FeedbackMode.valueOf(feedback);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("Choose when students see the right answers.");
        }
        Recognition recognised;
        try {
            recognised = recognition == null || recognition.isBlank() ? Recognition.DEVICE : Recognition.valueOf(recognition);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("Choose how students are recognised.");
        }
        return new QuizSettings(title, whole(minutes, "time limit"), whole(attempts, "number of attempts"),
                moment(opens), moment(closes), onePerPage, shuffle, mode, listed, recognised);
    }

    private static Integer whole(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("The " + what + " must be a whole number.");
        }
    }

    private static OffsetDateTime moment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ZoneId.systemDefault()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("Enter dates as year-month-day and time.");
        }
    }

    private static String local(OffsetDateTime moment) {
        return moment == null ? ""
                : moment.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                        .toString();
    }
}
