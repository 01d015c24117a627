package org.newsquiz.web.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.QuizService;

/** A small article and one question of each of the eight types, published as a quiz with chosen settings. */
@ApplicationScoped
public class QuizFixtures {
    static final String BODY = """
            Riverside Library reopened on Saturday after an eighteen-month renovation that cost 4.35 million pounds.
            The mayor, Helen Okafor, cut the ribbon at ten in the morning. “Books belong to everyone,” she told the crowd.
            The building now has a rooftop garden, a music room and a children's wing. Work began in March 2023, the roof was replaced that autumn, and the shelves returned in June 2024.
            The head librarian, Tomas Lindqvist, said visitor numbers had doubled in the first week.""";

    /** Question type to the key of the question built for it, for the tests' expectations. */
    static final Map<QuestionType, List<String>> KEYS = Map.of(
            QuestionType.MULTIPLE_CHOICE, List.of("Helen Okafor"),
            QuestionType.MULTIPLE_RESPONSE, List.of("a rooftop garden", "a music room", "a children's wing"),
            QuestionType.TRUE_FALSE, List.of("True"),
            QuestionType.FILL_IN_BLANK, List.of("Lindqvist"),
            QuestionType.MATCHING, List.of("Work began → March 2023", "The roof was replaced → autumn 2023",
                    "The shelves returned → June 2024"),
            QuestionType.ORDERING, List.of("work began", "the roof was replaced", "the shelves returned"),
            QuestionType.NUMERIC, List.of("4.35"),
            QuestionType.QUOTE_ATTRIBUTION, List.of("Helen Okafor"));

    @Inject
    QuizService quizzes;

    @Transactional
    public Quiz publish(Consumer<Quiz> settings) {
        Article article = new Article();
        article.title = "Riverside Library reopens";
        article.body = BODY;
        article.persist();
        QuestionSet set = new QuestionSet();
        set.title = article.title;
        for (Question question : questions()) {
            StoredQuestion stored = StoredQuestion.from(question, article.id, null, QuestionStatus.APPROVED);
            stored.position = set.questions.size();
            stored.persist();
            set.questions.add(stored);
        }
        set.persist();
        Quiz quiz = quizzes.publish(set, article.title, null);
        quiz.listed = false;
        settings.accept(quiz);
        return quiz;
    }

    @Transactional
    public List<StoredQuestion> questionsOf(long quizId) {
        Quiz quiz = Quiz.findById(quizId);
        return List.copyOf(quiz.questionSet.questions);
    }

    @Transactional
    public void update(long quizId, Consumer<Quiz> change) {
        change.accept(Quiz.findById(quizId));
    }

    @Transactional
    public Attempt attempt(java.util.UUID id) {
        Attempt attempt = Attempt.findById(id);
        attempt.quiz.title.length();
        return attempt;
    }

    static StoredQuestion ofType(List<StoredQuestion> questions, QuestionType type) {
        return questions.stream().filter(q -> q.type == type).findFirst().orElseThrow();
    }

    private static List<Question> questions() {
        List<Question> list = new ArrayList<>();
        list.add(question("mc", QuestionType.MULTIPLE_CHOICE, "Who cut the ribbon?",
                List.of("Helen Okafor", "Maria Costa", "Peter Hale", "Sara Brandt"),
                "The mayor opened the library herself.", "The mayor, Helen Okafor, cut the ribbon"));
        list.add(question("mr", QuestionType.MULTIPLE_RESPONSE, "Which spaces does the building have now?",
                List.of("a rooftop garden", "a music room", "a children's wing", "a swimming pool", "a cinema"),
                "Three new spaces are listed in the third paragraph.",
                "a rooftop garden, a music room and a children's wing"));
        list.add(question("tf", QuestionType.TRUE_FALSE, "The renovation took a year and a half.",
                List.of("True", "False"), "Eighteen months is a year and a half.", "an eighteen-month renovation"));
        list.add(question("fill", QuestionType.FILL_IN_BLANK, "The head librarian's surname is ____.", List.of(),
                "He is named in the last paragraph.", "The head librarian, Tomas Lindqvist"));
        list.add(question("match", QuestionType.MATCHING, "Match each step of the work with its date.",
                List.of("June 2024", "March 2023", "autumn 2023"),
                "The dates follow the building work.", "Work began in March 2023"));
        list.add(question("order", QuestionType.ORDERING, "Put the building work in order.",
                List.of("the shelves returned", "work began", "the roof was replaced"),
                "Work began first and the shelves came back last.", "the roof was replaced that autumn"));
        list.add(question("num", QuestionType.NUMERIC, "How much did the renovation cost, in millions of pounds?",
                List.of(), "The cost is given in the first sentence.", "cost 4.35 million pounds"));
        list.add(question("quote", QuestionType.QUOTE_ATTRIBUTION, "Who said “Books belong to everyone”?",
                List.of("Sara Brandt", "Helen Okafor", "Peter Hale"),
                "The mayor spoke to the crowd.", "“Books belong to everyone,” she told the crowd"));
        return list;
    }

    private static Question question(String id, QuestionType type, String prompt, List<String> options,
                                     String explanation, String evidenceText) {
        int start = BODY.indexOf(evidenceText);
        if (start < 0) {
            throw new IllegalArgumentException("evidence not in the article: " + evidenceText);
        }
        Evidence evidence = new Evidence(evidenceText, start, start + evidenceText.length());
        return new Question(id, type, prompt, options, KEYS.get(type), explanation, List.of(evidence), 0.5,
                List.of(), type == QuestionType.NUMERIC ? 0.05 : 0);
    }
}
