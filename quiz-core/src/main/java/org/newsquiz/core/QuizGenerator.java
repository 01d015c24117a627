package org.newsquiz.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.ArticleSummary;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

/** The facade: article in, question set out. Thread-safe. */
public final class QuizGenerator {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[”\"]?|$)");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    public static QuizGenerator create() {
        return new QuizGenerator();
    }

    /** Generates questions; throws {@link UnusableArticleException} with a one-line reason. */
    public QuestionSet generate(Article article, GenerationOptions options) {
        String body = article.body();
        if (body.isBlank()) {
            throw new UnusableArticleException("the article is empty");
        }
        List<Question> questions = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(body);
        while (sentence.find() && questions.size() < options.maxQuestions()) {
            Matcher year = YEAR.matcher(sentence.group());
            if (year.find()) {
                questions.add(yearQuestion(body, sentence.start(), sentence.end(), sentence.start() + year.start(), options.seed()));
            }
        }
        if (questions.isEmpty()) {
            throw new UnusableArticleException("found no facts to ask about in the article");
        }
        return new QuestionSet(new ArticleSummary(article.title(), body.split("\\s+").length), questions);
    }

    private static Question yearQuestion(String body, int start, int end, int yearAt, long seed) {
        String year = body.substring(yearAt, yearAt + 4);
        String prompt = "Which year completes the sentence? "
                + (body.substring(start, yearAt) + "____" + body.substring(yearAt + 4, end)).strip();
        int answer = Integer.parseInt(year);
        List<String> options = new ArrayList<>(List.of(year, String.valueOf(answer - 2), String.valueOf(answer + 1), String.valueOf(answer + 3)));
        java.util.Collections.shuffle(options, new Random(seed ^ answer));
        Evidence evidence = Evidence.of(body, start, end);
        return new Question(id(QuestionType.MULTIPLE_CHOICE, prompt), QuestionType.MULTIPLE_CHOICE, prompt, options,
                List.of(year), evidence.text().strip(), List.of(evidence), 0.5, List.of("date"), 0);
    }

    private static String id(QuestionType type, String prompt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((type + "\n" + prompt).getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
