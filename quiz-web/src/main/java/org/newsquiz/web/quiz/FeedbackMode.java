package org.newsquiz.web.quiz;

/** When a student sees the correct answers: after each question, after submitting, or once the quiz is closed. */
public enum FeedbackMode {
    IMMEDIATE, AFTER_SUBMIT, AFTER_CLOSE
}
