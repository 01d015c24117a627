package org.newsquiz.web.attempt;

public enum AttemptState {
    IN_PROGRESS, SUBMITTED, EXPIRED
}
