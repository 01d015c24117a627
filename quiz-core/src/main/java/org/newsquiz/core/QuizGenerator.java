package org.newsquiz.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.distractor.DistinctEntities;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactExtractor;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Lexicon;
import org.newsquiz.core.facts.RuleFactExtractor;
import org.newsquiz.core.generate.ActorQuestions;
import org.newsquiz.core.generate.ClauseQuestions;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.generate.DraftGenerator;
import org.newsquiz.core.generate.EventQuestions;
import org.newsquiz.core.generate.LeadQuestions;
import org.newsquiz.core.generate.ListQuestions;
import org.newsquiz.core.generate.NumberQuestions;
import org.newsquiz.core.generate.QuoteQuestions;
import org.newsquiz.core.generate.RoleQuestions;
import org.newsquiz.core.generate.StudyQuestions;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;
import org.newsquiz.core.nlp.TextAnalyzer;
import org.newsquiz.core.question.ArticleSummary;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionAudit;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionValidator;
import org.newsquiz.core.rank.DraftFilter;
import org.newsquiz.core.rank.ReviewRules;
import org.newsquiz.core.rank.QuizSelection;
import org.newsquiz.core.rank.Ranker;
import org.newsquiz.core.rank.Salience;
import org.newsquiz.core.structure.ChunkClauseAnalyzer;
import org.newsquiz.core.structure.ClauseAnalyzer;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;

/** The facade: article in, question set out. Thread-safe; create once, it loads the models and word lists. */
public final class QuizGenerator {
    private static final int MAX_BODY_CHARS = 400_000;

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final FactExtractor extractor;
    private final List<DraftGenerator> generators;
    private final DraftFilter filter = new DraftFilter();
    private final Ranker ranker = new Ranker();
    private final QuestionValidator validator = new QuestionValidator();
    private final QuestionAudit audit = new QuestionAudit();

    private QuizGenerator(TextAnalyzer analyzer, Lexicon lexicon, ClauseAnalyzer clauses) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.extractor = new RuleFactExtractor(lexicon);
        this.generators = List.of(new RoleQuestions(), new QuoteQuestions(), new EventQuestions(), new NumberQuestions(),
                new ListQuestions(), new StudyQuestions(), new LeadQuestions(), new ClauseQuestions(clauses), new ActorQuestions());
    }

    public static QuizGenerator create() {
        return new QuizGenerator(OpenNlpAnalyzer.load(), Lexicon.shared(), ChunkClauseAnalyzer.load());
    }

    /** Generates questions; throws {@link UnusableArticleException} with a one-line reason. */
    public QuestionSet generate(Article article, GenerationOptions options) {
        String body = article.body();
        if (body.isBlank()) {
            throw new UnusableArticleException("the article is empty");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new UnusableArticleException("the article is longer than " + MAX_BODY_CHARS + " characters");
        }
        AnalyzedText text = analyzer.analyze(body, article.markup());
        if (text.sentences().isEmpty()) {
            throw new UnusableArticleException("found no sentences in the article");
        }
        FactSheet facts = extractor.extract(text);
        Distractors distractors = new Distractors(facts, lexicon, options.seed(), options.varyDistractors(),
                Distractors.latestPastYear(facts, article.date()));
        List<Draft> drafts = new ArrayList<>();
        List<Draft> fallback = new ArrayList<>();
        ReviewRules review = new ReviewRules(facts, article.title());
        for (DraftGenerator g : generators) {
            for (Draft d : g.generate(facts, distractors)) {
                if (filter.keep(d) && review.keep(d)) {
                    (d.tags().contains(ActorQuestions.FALLBACK) ? fallback : drafts).add(d);
                }
            }
        }
        List<Question> questions = quiz(drafts, facts, text, article, options);
        if (questions.isEmpty()) {
            // A draft a teacher may reject is better than refusing an article that names its people.
            questions = quiz(fallback, facts, text, article, options);
        }
        if (questions.isEmpty()) {
            throw new UnusableArticleException("found no facts to ask about in the article");
        }
        return new QuestionSet(new ArticleSummary(article.title(), wordCount(body)), questions);
    }

    /** The sound drafts, ranked and selected into a quiz. */
    private List<Question> quiz(List<Draft> drafts, FactSheet facts, AnalyzedText text, Article article, GenerationOptions options) {
        String body = article.body();
        List<Draft> valid = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Draft d : ranker.rank(drafts, new Salience(facts, article.title()), Integer.MAX_VALUE)) {
            Question q = toQuestion(d, text);
            boolean sound = validator.validate(q, body).isEmpty() && audit.audit(q, body).isEmpty()
                    && (!d.type().isChoice() || DistinctEntities.distinct(d.options(), facts));
            if (sound && ids.add(id(d))) {
                valid.add(d);
            }
        }
        List<Question> questions = new ArrayList<>();
        for (Draft d : QuizSelection.select(valid, options.maxQuestions())) {
            questions.add(toQuestion(d, text));
        }
        return questions;
    }

    private static Question toQuestion(Draft d, AnalyzedText text) {
        Sentence first = text.sentences().get(d.firstSentence());
        Sentence last = text.sentences().get(d.lastSentence());
        Span span = new Span(first.bodySpan().start(), last.bodySpan().end());
        Evidence evidence = Evidence.of(text.body(), span.start(), span.end());
        String explanation = text.text().readable(first.bodySpan()).strip();
        return new Question(id(d), d.type(), d.prompt(), d.options(), d.answers(), explanation, List.of(evidence),
                Math.round(d.difficulty() * 100) / 100.0, d.tags(), d.tolerance());
    }

    private static int wordCount(String body) {
        String s = body.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String id(Draft d) {
        try {
            String content = d.type() + "\n" + d.prompt() + "\n" + String.join("\n", d.answers());
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
