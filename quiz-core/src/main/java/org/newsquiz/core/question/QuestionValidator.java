package org.newsquiz.core.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks questions against the invariants of the output contract. Reports every problem it finds
 * as a {@link ValidationIssue} and never throws, so it can serve as the last filter of a generator
 * and as the quality report of the command line. Stateless and thread-safe.
 */
public final class QuestionValidator {
    public static final String MISSING_QUESTION = "missing-question";
    public static final String BLANK_ID = "blank-id";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String BLANK_PROMPT = "blank-prompt";
    public static final String BLANK_OPTION = "blank-option";
    public static final String DUPLICATE_OPTION = "duplicate-option";
    public static final String BLANK_ANSWER = "blank-answer";
    public static final String DUPLICATE_ANSWER = "duplicate-answer";
    public static final String ANSWER_NOT_AN_OPTION = "answer-not-an-option";
    public static final String ANSWER_COUNT = "answer-count";
    public static final String TRUE_FALSE_OPTIONS = "true-false-options";
    public static final String MATCHING_PAIR = "matching-pair";
    public static final String MATCHING_TOO_FEW_PAIRS = "matching-too-few-pairs";
    public static final String MATCHING_DUPLICATE_LEFT = "matching-duplicate-left";
    public static final String MATCHING_OPTIONS = "matching-options";
    public static final String ORDERING_NOT_PERMUTATION = "ordering-not-permutation";
    public static final String ORDERING_TOO_FEW_ITEMS = "ordering-too-few-items";
    public static final String NUMERIC_NOT_A_NUMBER = "numeric-not-a-number";
    public static final String ANSWER_IN_PROMPT = "answer-in-prompt";
    public static final String NO_EVIDENCE = "no-evidence";
    public static final String EVIDENCE_MISMATCH = "evidence-mismatch";
    public static final String DIFFICULTY_RANGE = "difficulty-range";

    static final List<String> TRUE_FALSE = List.of("True", "False");
    private static final int MIN_MATCHING_PAIRS = 2;
    private static final int MIN_ORDERING_ITEMS = 3;

    /** Checks the question on its own, without the article (evidence spans are not compared). */
    public List<ValidationIssue> validate(Question question) {
        return validate(question, null);
    }

    /** Checks the question; when {@code body} is not null, every evidence must quote it exactly. */
    public List<ValidationIssue> validate(Question question, String body) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (question == null) {
            issues.add(new ValidationIssue("", MISSING_QUESTION, "the question is missing"));
            return issues;
        }
        new Check(question, body, issues).run();
        return issues;
    }

    /** Checks every question of the set and that no two questions share an id. */
    public List<ValidationIssue> validate(QuestionSet set, String body) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (set == null) {
            issues.add(new ValidationIssue("", MISSING_QUESTION, "the question set is missing"));
            return issues;
        }
        Set<String> seen = new HashSet<>();
        for (Question question : set.questions()) {
            issues.addAll(validate(question, body));
            if (question != null && !seen.add(question.id())) {
                issues.add(new ValidationIssue(question.id(), DUPLICATE_ID, "another question has the id " + question.id()));
            }
        }
        return issues;
    }

    static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The checks of one question, collecting into a shared list. */
    private static final class Check {
        private final Question q;
        private final String body;
        private final List<ValidationIssue> issues;

        Check(Question q, String body, List<ValidationIssue> issues) {
            this.q = q;
            this.body = body;
            this.issues = issues;
        }

        void run() {
            if (q.id().isBlank()) {
                report(BLANK_ID, "the id is blank");
            }
            if (q.prompt().isBlank()) {
                report(BLANK_PROMPT, "the prompt is blank");
            }
            checkOptions();
            checkAnswers();
            switch (q.type()) {
                case TRUE_FALSE -> checkTrueFalse();
                case MATCHING -> checkMatching();
                case ORDERING -> checkOrdering();
                case NUMERIC -> checkNumeric();
                case FILL_IN_BLANK -> checkFillInBlank();
                default -> { }
            }
            if (q.type().isChoice()) {
                checkChoiceAnswers();
            }
            if (revealsAnswersInPrompt()) {
                checkAnswerNotInPrompt();
            }
            checkEvidence();
            if (!(q.difficulty() >= 0 && q.difficulty() <= 1)) {
                report(DIFFICULTY_RANGE, "difficulty " + q.difficulty() + " lies outside [0, 1]");
            }
        }

        private void checkOptions() {
            Set<String> seen = new HashSet<>();
            for (String option : q.options()) {
                if (option.isBlank()) {
                    report(BLANK_OPTION, "an option is blank");
                } else if (!seen.add(normalized(option))) {
                    report(DUPLICATE_OPTION, "the option \"" + option.strip() + "\" appears more than once");
                }
            }
        }

        private void checkAnswers() {
            Set<String> seen = new HashSet<>();
            for (String answer : q.answers()) {
                if (answer.isBlank()) {
                    report(BLANK_ANSWER, "an answer is blank");
                } else if (!seen.add(normalized(answer))) {
                    report(DUPLICATE_ANSWER, "the answer \"" + answer.strip() + "\" appears more than once");
                }
            }
        }

        private void checkChoiceAnswers() {
            for (String answer : q.answers()) {
                if (!q.options().contains(answer)) {
                    report(ANSWER_NOT_AN_OPTION, "the answer \"" + answer + "\" is not one of the options");
                }
            }
            int count = q.answers().size();
            if (q.type().isSingleAnswer() && count != 1) {
                report(ANSWER_COUNT, q.type() + " needs exactly one answer, has " + count);
            } else if (!q.type().isSingleAnswer() && count < 1) {
                report(ANSWER_COUNT, q.type() + " needs at least one answer, has none");
            }
        }

        private void checkTrueFalse() {
            if (!q.options().equals(TRUE_FALSE)) {
                report(TRUE_FALSE_OPTIONS, "TRUE_FALSE options must be [True, False], are " + q.options());
            }
        }

        private void checkMatching() {
            Set<String> lefts = new HashSet<>();
            Set<String> rights = new HashSet<>();
            for (String answer : q.answers()) {
                int arrow = answer.indexOf(Question.PAIR_ARROW);
                String left = arrow < 0 ? "" : answer.substring(0, arrow);
                String right = arrow < 0 ? "" : answer.substring(arrow + Question.PAIR_ARROW.length());
                if (left.isBlank() || right.isBlank() || right.contains(Question.PAIR_ARROW)) {
                    report(MATCHING_PAIR, "\"" + answer + "\" is not a \"left" + Question.PAIR_ARROW + "right\" pair");
                    continue;
                }
                if (!lefts.add(normalized(left))) {
                    report(MATCHING_DUPLICATE_LEFT, "the left item \"" + left.strip() + "\" is matched more than once");
                }
                if (!q.options().contains(right)) {
                    report(MATCHING_OPTIONS, "the right item \"" + right + "\" is not one of the options");
                }
                rights.add(right);
            }
            for (String option : q.options()) {
                if (!rights.contains(option)) {
                    report(MATCHING_OPTIONS, "the option \"" + option + "\" is not the right item of any pair");
                }
            }
            if (q.answers().size() < MIN_MATCHING_PAIRS) {
                report(MATCHING_TOO_FEW_PAIRS, "MATCHING needs at least " + MIN_MATCHING_PAIRS + " pairs, has " + q.answers().size());
            }
        }

        private void checkOrdering() {
            if (!sameMultiset(q.answers(), q.options())) {
                report(ORDERING_NOT_PERMUTATION, "the answers are not a permutation of the options");
            }
            if (q.answers().size() < MIN_ORDERING_ITEMS) {
                report(ORDERING_TOO_FEW_ITEMS, "ORDERING needs at least " + MIN_ORDERING_ITEMS + " items, has " + q.answers().size());
            }
        }

        private void checkNumeric() {
            if (q.answers().size() != 1) {
                report(ANSWER_COUNT, "NUMERIC needs exactly one answer, has " + q.answers().size());
            }
            for (String answer : q.answers()) {
                if (!isNumber(answer)) {
                    report(NUMERIC_NOT_A_NUMBER, "the answer \"" + answer + "\" is not a number");
                }
            }
        }

        private void checkFillInBlank() {
            if (q.answers().stream().allMatch(String::isBlank)) {
                report(ANSWER_COUNT, "FILL_IN_BLANK needs at least one accepted answer");
            }
        }

        /** True/false answers are the words True/False and ordering or matching items are meant to be shown. */
        private boolean revealsAnswersInPrompt() {
            return q.type() != QuestionType.TRUE_FALSE && q.type() != QuestionType.ORDERING && q.type() != QuestionType.MATCHING;
        }

        private void checkAnswerNotInPrompt() {
            for (String answer : q.answers()) {
                if (!answer.isBlank() && containsWord(q.prompt(), answer.strip())) {
                    report(ANSWER_IN_PROMPT, "the prompt gives away the answer \"" + answer.strip() + "\"");
                }
            }
        }

        private void checkEvidence() {
            if (q.evidence().isEmpty()) {
                report(NO_EVIDENCE, "the question cites no evidence from the article");
                return;
            }
            if (body == null) {
                return;
            }
            for (Evidence evidence : q.evidence()) {
                boolean fits = evidence.end() <= body.length()
                        && body.substring(evidence.start(), evidence.end()).equals(evidence.text());
                if (!fits) {
                    report(EVIDENCE_MISMATCH, "the evidence [" + evidence.start() + "," + evidence.end()
                            + ") does not quote the article's body");
                }
            }
        }

        private void report(String code, String message) {
            issues.add(new ValidationIssue(q.id(), code, message));
        }
    }

    static boolean containsWord(String text, String word) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }

    static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameMultiset(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(item -> counts.merge(item, 1, Integer::sum));
        b.forEach(item -> counts.merge(item, -1, Integer::sum));
        return counts.values().stream().allMatch(count -> count == 0);
    }
}
