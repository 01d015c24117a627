package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moodle XML: multichoice (single or multiple with grade fractions), truefalse, shortanswer, matching,
 * numerical with tolerance and the ordering question type. Carries the prompt, options, answers, the
 * explanation as general feedback, the id as name and idnumber, and tags. Drops evidence and difficulty;
 * quote attributions come back as multiple choice.
 */
public final class MoodleXmlFormat implements QuestionWriter, QuestionReader {
    static final String PLAIN = "plain_text";

    @Override
    public String name() {
        return "moodle";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public boolean canWrite(QuestionType type) {
        return true;
    }

    @Override
    public ExportResult write(String title, List<Question> questions) {
        Document doc = SafeXml.newDocument();
        Element quiz = doc.createElement("quiz");
        doc.appendChild(quiz);
        if (title != null && !title.isBlank()) {
            Element category = SafeXml.add(quiz, "question");
            category.setAttribute("type", "category");
            text(SafeXml.add(category, "category"), "$course$/top/" + title.strip().replace("/", "//"));
        }
        var skipped = new ArrayList<ExportResult.SkippedQuestion>();
        for (Question q : questions) {
            if (q.type() == QuestionType.NUMERIC
                    && (q.answers().size() != 1 || Numbers.parse(q.answers().get(0)).isEmpty())) {
                skipped.add(new ExportResult.SkippedQuestion(q.id(), "the answer is not a plain number"));
                continue;
            }
            question(quiz, q);
        }
        return new ExportResult(SafeXml.serialize(doc), skipped);
    }

    @Override
    public ImportResult read(byte[] data) throws ExchangeException {
        return new MoodleXmlParser(SafeXml.parse(data, "Moodle XML")).parse();
    }

    private static void question(Element quiz, Question q) {
        Element e = SafeXml.add(quiz, "question");
        e.setAttribute("type", switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE, QUOTE_ATTRIBUTION -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case FILL_IN_BLANK -> "shortanswer";
            case MATCHING -> "matching";
            case NUMERIC -> "numerical";
            case ORDERING -> "ordering";
        });
        text(SafeXml.add(e, "name"), q.id());
        formatted(SafeXml.add(e, "questiontext"), q.prompt());
        formatted(SafeXml.add(e, "generalfeedback"), q.explanation());
        SafeXml.add(e, "defaultgrade", "1");
        SafeXml.add(e, "penalty", "0.3333333");
        SafeXml.add(e, "hidden", "0");
        SafeXml.add(e, "idnumber", q.id());
        switch (q.type()) {
            case MULTIPLE_CHOICE, QUOTE_ATTRIBUTION, MULTIPLE_RESPONSE -> choices(e, q);
            case TRUE_FALSE -> {
                answer(e, q.answers().contains("True") ? "100" : "0", "true");
                answer(e, q.answers().contains("False") ? "100" : "0", "false");
            }
            case FILL_IN_BLANK -> {
                SafeXml.add(e, "usecase", "0");
                q.answers().forEach(a -> answer(e, "100", a));
            }
            case MATCHING -> {
                SafeXml.add(e, "shuffleanswers", "true");
                for (String a : q.answers()) {
                    var pair = MatchingPair.parse(a).orElse(new MatchingPair(a, ""));
                    Element sub = SafeXml.add(e, "subquestion");
                    formatted(sub, pair.left());
                    text(SafeXml.add(sub, "answer"), pair.right());
                }
            }
            case NUMERIC -> {
                Element answer = answer(e, "100", q.answers().get(0).trim());
                SafeXml.add(answer, "tolerance", Numbers.format(q.tolerance()));
            }
            case ORDERING -> ordering(e, q);
        }
        if (!q.tags().isEmpty()) {
            Element tags = SafeXml.add(e, "tags");
            q.tags().forEach(tag -> text(SafeXml.add(tags, "tag"), tag));
        }
    }

    private static void choices(Element e, Question q) {
        boolean single = q.type().isSingleAnswer();
        SafeXml.add(e, "single", Boolean.toString(single));
        SafeXml.add(e, "shuffleanswers", "true");
        SafeXml.add(e, "answernumbering", "abc");
        String right = single ? "100" : Numbers.percent(100.0 / Math.max(1, q.answers().size()));
        String wrong = single ? "0" : "-100";
        q.options().forEach(option -> answer(e, q.answers().contains(option) ? right : wrong, option));
    }

    /** The ordering question type reads the correct order from the answers' order and fractions. */
    private static void ordering(Element e, Question q) {
        SafeXml.add(e, "layouttype", "VERTICAL");
        SafeXml.add(e, "selecttype", "ALL");
        SafeXml.add(e, "selectcount", "0");
        SafeXml.add(e, "gradingtype", "ABSOLUTE_POSITION");
        SafeXml.add(e, "showgrading", "SHOW");
        SafeXml.add(e, "numberingstyle", "none");
        for (int i = 0; i < q.answers().size(); i++) {
            answer(e, Integer.toString(i + 1), q.answers().get(i));
        }
    }

    private static Element answer(Element question, String fraction, String text) {
        Element answer = SafeXml.add(question, "answer");
        answer.setAttribute("fraction", fraction);
        answer.setAttribute("format", PLAIN);
        text(answer, text);
        return answer;
    }

    private static void formatted(Element element, String text) {
        element.setAttribute("format", PLAIN);
        text(element, text);
    }

    /** Moodle writes text in CDATA; a text containing the CDATA end marker goes escaped instead. */
    private static void text(Element parent, String text) {
        Element t = SafeXml.add(parent, "text");
        if (!text.isEmpty() && !text.contains("]]>")) {
            t.appendChild(parent.getOwnerDocument().createCDATASection(text));
        } else {
            t.setTextContent(text);
        }
    }
}
