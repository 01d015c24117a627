package org.newsquiz.web.hostile;

import java.util.UUID;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * What the hostile requests aim at, all stored before they start: a quiz with an attempt holding saved answers,
 * and a teacher's article, approved question, question set and quiz, which a second teacher has no right to; and
 * a session that was signed out, with the CSRF token it had.
 */
record Known(String quizCode, UUID attemptId, String token, long choiceQuestion, long fillQuestion,
             long numericQuestion, long articleId, long questionId, long setId, long quizId,
             TestTeachers.Browser owner, TestTeachers.Browser intruder, TestTeachers.Browser admin,
             String ownerEmail, String intruderEmail, String ownerCsrf, String intruderCsrf, String adminCsrf,
             String studentCsrfCookie, String studentCsrf, long intruderId, long adminId, String endedSession,
             String endedSessionCsrf) {
}
