package org.newsquiz.web.results;

import java.util.List;

/** One student's attempt question by question, with the key beside the response. */
public record AttemptDetail(long quizId, String quizTitle, QuizResults.Row attempt, List<Answer> answers) {

    /** {@code score} is null while the attempt is in progress: answers are graded on submit. */
    public record Answer(int position, long questionId, String type, String prompt, List<String> response,
                         List<String> correctAnswers, Double score) {
        public boolean answered() {
            return !response.isEmpty();
        }
    }
}
