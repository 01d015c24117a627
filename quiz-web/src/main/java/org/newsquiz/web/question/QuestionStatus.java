package org.newsquiz.web.question;

/** A question's place in the teacher's review. */
public enum QuestionStatus {
    DRAFT, APPROVED, REJECTED
}
