package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.newsquiz.core.exchange.ImportCollector.InvalidItemException;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads the {@code <question>} elements of a Moodle XML {@code <quiz>}. */
final class MoodleXmlParser {
    private final Document document;
    private final ImportCollector collector = new ImportCollector();

    MoodleXmlParser(Document document) {
        this.document = document;
    }

    ImportResult parse() throws ExchangeException {
        Element quiz = document.getDocumentElement();
        if (!"quiz".equals(quiz.getLocalName())) {
            throw new ExchangeException("not a Moodle XML file: the root element is <" + quiz.getNodeName()
                    + ">, not <quiz>");
        }
        var questions = SafeXml.children(quiz, "question");
        if (questions.isEmpty()) {
            throw new ExchangeException("the Moodle XML file holds no questions");
        }
        for (int i = 0; i < questions.size(); i++) {
            Element e = questions.get(i);
            String type = e.getAttribute("type");
            if (!type.equals("category")) {
                String name = SafeXml.child(e, "name").map(MoodleXmlParser::text).orElse("").strip();
                String idNumber = SafeXml.childText(e, "idnumber").strip();
                String id = !idNumber.isEmpty() ? idNumber
                        : collector.freshId(name.isEmpty() ? "moodle-" + (i + 1) : name);
                collector.add(i + 1, name.isEmpty() ? formattedText(e, "questiontext") : name,
                        () -> question(e, type, id));
            }
        }
        return collector.result("Moodle XML");
    }

    private static Question question(Element e, String type, String id) throws InvalidItemException {
        String prompt = formattedText(e, "questiontext").strip();
        String explanation = formattedText(e, "generalfeedback").strip();
        List<String> tags = SafeXml.child(e, "tags").stream()
                .flatMap(t -> SafeXml.children(t, "tag").stream()).map(MoodleXmlParser::text)
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        var answers = SafeXml.children(e, "answer");
        var options = new ArrayList<String>();
        var correct = new ArrayList<String>();
        double tolerance = 0;
        QuestionType questionType;
        switch (type) {
            case "multichoice" -> {
                boolean single = !SafeXml.childText(e, "single").strip().equalsIgnoreCase("false")
                        && !SafeXml.childText(e, "single").strip().equals("0");
                questionType = single ? QuestionType.MULTIPLE_CHOICE : QuestionType.MULTIPLE_RESPONSE;
                for (Element a : answers) {
                    options.add(formattedText(a).strip());
                    if (fraction(a) > 0) {
                        correct.add(formattedText(a).strip());
                    }
                }
            }
            case "truefalse" -> {
                questionType = QuestionType.TRUE_FALSE;
                options.addAll(List.of("True", "False"));
                for (Element a : answers) {
                    if (fraction(a) > 0) {
                        correct.add(formattedText(a).strip().toLowerCase(Locale.ROOT).equals("true") ? "True" : "False");
                    }
                }
            }
            case "shortanswer" -> {
                questionType = QuestionType.FILL_IN_BLANK;
                answers.stream().filter(a -> fraction(a) >= 100).map(a -> formattedText(a).strip()).forEach(correct::add);
            }
            case "matching" -> {
                questionType = QuestionType.MATCHING;
                var rights = new LinkedHashSet<String>();
                for (Element sub : SafeXml.children(e, "subquestion")) {
                    String left = formattedText(sub).strip();
                    String right = SafeXml.child(sub, "answer").map(MoodleXmlParser::text).orElse("").strip();
                    if (!left.isEmpty()) {
                        correct.add(new MatchingPair(left, right).toAnswer());
                    }
                    rights.add(right);
                }
                options.addAll(rights);
            }
            case "numerical" -> {
                questionType = QuestionType.NUMERIC;
                Element best = answers.stream().filter(a -> fraction(a) >= 100).findFirst()
                        .orElseThrow(() -> new InvalidItemException("no numerical answer gives full marks"));
                correct.add(formattedText(best).strip());
                String tol = SafeXml.childText(best, "tolerance").strip();
                tolerance = tol.isEmpty() ? 0 : Numbers.parse(tol).orElseThrow(
                        () -> new InvalidItemException("the tolerance '" + tol + "' is not a number"));
            }
            case "ordering" -> {
                questionType = QuestionType.ORDERING;
                answers.stream().sorted(Comparator.comparingDouble(MoodleXmlParser::fraction))
                        .map(a -> formattedText(a).strip()).forEach(correct::add);
                options.addAll(OrderingPresentation.scrambled(correct));
            }
            default -> throw new InvalidItemException("the Moodle question type '" + type + "' cannot be imported");
        }
        return new Question(id, questionType, prompt, options, correct, explanation, List.of(),
                ImportCollector.DEFAULT_DIFFICULTY, tags, tolerance);
    }

    private static double fraction(Element answer) {
        return Numbers.parse(answer.getAttribute("fraction")).orElse(0);
    }

    private static String formattedText(Element parent, String childName) {
        return SafeXml.child(parent, childName).map(MoodleXmlParser::formattedText).orElse("");
    }

    /** The {@code <text>} of an element with a {@code format}; HTML is reduced to its text. */
    private static String formattedText(Element element) {
        String text = text(element);
        String format = element.getAttribute("format");
        boolean html = format.equals("html") || (format.isEmpty() && text.contains("<"));
        return html ? Jsoup.parse(text).text() : text;
    }

    private static String text(Element element) {
        return SafeXml.childText(element, "text");
    }
}
