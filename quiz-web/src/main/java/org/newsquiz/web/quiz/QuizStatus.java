package org.newsquiz.web.quiz;

public enum QuizStatus {
    OPEN, CLOSED
}
