package org.newsquiz.core.exchange;

import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One question as a QTI 2.1 {@code assessmentItem}; the title keeps the question's id as it was. */
final class QtiItemWriter {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String BLANK = "_____";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";

    private QtiItemWriter() {
    }

    static byte[] write(Question q, String identifier) {
        Document doc = SafeXml.newDocument();
        Element item = doc.createElementNS(NS, "assessmentItem");
        doc.appendChild(item);
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        item.setAttributeNS(XSI, "xsi:schemaLocation", NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        item.setAttribute("identifier", identifier);
        item.setAttribute("title", q.id());
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        Element response = SafeXml.add(item, "responseDeclaration");
        response.setAttribute("identifier", "RESPONSE");
        outcome(item, "SCORE", "float", "0");
        if (!q.explanation().isBlank()) {
            outcome(item, "FEEDBACK", "identifier", "EXPLANATION");
        }
        Element body = SafeXml.add(item, "itemBody");
        String template = switch (q.type()) {
            case MULTIPLE_CHOICE, QUOTE_ATTRIBUTION, TRUE_FALSE, MULTIPLE_RESPONSE -> choice(q, response, body);
            case FILL_IN_BLANK -> textEntry(q, response, body);
            case NUMERIC -> numeric(q, response, body, item);
            case MATCHING -> matching(q, response, body);
            case ORDERING -> ordering(q, response, body);
        };
        if (template != null) {
            SafeXml.add(item, "responseProcessing").setAttribute("template", TEMPLATES + template);
        }
        if (!q.explanation().isBlank()) {
            Element feedback = SafeXml.add(item, "modalFeedback", q.explanation());
            feedback.setAttribute("outcomeIdentifier", "FEEDBACK");
            feedback.setAttribute("identifier", "EXPLANATION");
            feedback.setAttribute("showHide", "show");
        }
        return SafeXml.serialize(doc, false);
    }

    /** The explanation is shown whatever the answer: its outcome starts out set. */
    private static void outcome(Element item, String identifier, String baseType, String initial) {
        Element outcome = SafeXml.add(item, "outcomeDeclaration");
        outcome.setAttribute("identifier", identifier);
        outcome.setAttribute("cardinality", "single");
        outcome.setAttribute("baseType", baseType);
        SafeXml.add(SafeXml.add(outcome, "defaultValue"), "value", initial);
    }

    private static String choice(Question q, Element response, Element body) {
        boolean single = q.type().isSingleAnswer();
        response.setAttribute("cardinality", single ? "single" : "multiple");
        response.setAttribute("baseType", "identifier");
        Element correct = SafeXml.add(response, "correctResponse");
        q.answers().forEach(a -> SafeXml.add(correct, "value", choiceId(q.options().indexOf(a))));
        if (!single) {
            Element mapping = mapping(response, true);
            String share = Numbers.format(1.0 / Math.max(1, q.answers().size()));
            for (int i = 0; i < q.options().size(); i++) {
                mapEntry(mapping, choiceId(i), q.answers().contains(q.options().get(i)) ? share : "-1");
            }
        }
        Element interaction = SafeXml.add(body, "choiceInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", Boolean.toString(q.type() != QuestionType.TRUE_FALSE));
        interaction.setAttribute("maxChoices", single ? "1" : "0");
        SafeXml.add(interaction, "prompt", q.prompt());
        for (int i = 0; i < q.options().size(); i++) {
            SafeXml.add(interaction, "simpleChoice", q.options().get(i)).setAttribute("identifier", choiceId(i));
        }
        return single ? "match_correct" : "map_response";
    }

    private static String textEntry(Question q, Element response, Element body) {
        response.setAttribute("cardinality", "single");
        response.setAttribute("baseType", "string");
        SafeXml.add(SafeXml.add(response, "correctResponse"), "value", q.answers().get(0));
        Element mapping = mapping(response, false);
        q.answers().forEach(a -> mapEntry(mapping, a, "1").setAttribute("caseSensitive", "false"));
        entryParagraphs(q.prompt(), body, "string");
        return "map_response";
    }

    /** A number within the tolerance scores: the templates cannot express that, so the rule is written out. */
    private static String numeric(Question q, Element response, Element body, Element item) {
        response.setAttribute("cardinality", "single");
        response.setAttribute("baseType", "float");
        SafeXml.add(SafeXml.add(response, "correctResponse"), "value", q.answers().get(0).trim());
        entryParagraphs(q.prompt(), body, "float");
        Element processing = SafeXml.add(item, "responseProcessing");
        Element condition = SafeXml.add(processing, "responseCondition");
        Element onMatch = SafeXml.add(condition, "responseIf");
        Element equal = SafeXml.add(onMatch, "equal");
        if (q.tolerance() > 0) {
            equal.setAttribute("toleranceMode", "absolute");
            String t = Numbers.format(q.tolerance());
            equal.setAttribute("tolerance", t + " " + t);
        } else {
            equal.setAttribute("toleranceMode", "exact");
        }
        SafeXml.add(equal, "variable").setAttribute("identifier", "RESPONSE");
        SafeXml.add(equal, "correct").setAttribute("identifier", "RESPONSE");
        Element score = SafeXml.add(onMatch, "setOutcomeValue");
        score.setAttribute("identifier", "SCORE");
        SafeXml.add(score, "baseValue", "1").setAttribute("baseType", "float");
        return null;
    }

    private static String matching(Question q, Element response, Element body) {
        response.setAttribute("cardinality", "multiple");
        response.setAttribute("baseType", "directedPair");
        Element correct = SafeXml.add(response, "correctResponse");
        List<MatchingPair> pairs = q.answers().stream()
                .map(a -> MatchingPair.parse(a).orElse(new MatchingPair(a, ""))).toList();
        for (int i = 0; i < pairs.size(); i++) {
            SafeXml.add(correct, "value", "L" + (i + 1) + " R" + (q.options().indexOf(pairs.get(i).right()) + 1));
        }
        Element interaction = SafeXml.add(body, "matchInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("maxAssociations", Integer.toString(pairs.size()));
        SafeXml.add(interaction, "prompt", q.prompt());
        Element lefts = SafeXml.add(interaction, "simpleMatchSet");
        for (int i = 0; i < pairs.size(); i++) {
            associable(lefts, "L" + (i + 1), pairs.get(i).left(), 1);
        }
        Element rights = SafeXml.add(interaction, "simpleMatchSet");
        for (int i = 0; i < q.options().size(); i++) {
            associable(rights, "R" + (i + 1), q.options().get(i), pairs.size());
        }
        return "match_correct";
    }

    private static String ordering(Question q, Element response, Element body) {
        response.setAttribute("cardinality", "ordered");
        response.setAttribute("baseType", "identifier");
        Element correct = SafeXml.add(response, "correctResponse");
        q.answers().forEach(a -> SafeXml.add(correct, "value", choiceId(q.options().indexOf(a))));
        Element interaction = SafeXml.add(body, "orderInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        SafeXml.add(interaction, "prompt", q.prompt());
        for (int i = 0; i < q.options().size(); i++) {
            SafeXml.add(interaction, "simpleChoice", q.options().get(i)).setAttribute("identifier", choiceId(i));
        }
        return "match_correct";
    }

    /** The blank {@code _____} of the prompt becomes the entry box; without one the box follows the prompt. */
    private static void entryParagraphs(String prompt, Element body, String baseType) {
        int blank = prompt.indexOf(BLANK);
        Element paragraph = SafeXml.add(body, "p");
        if (blank < 0) {
            paragraph.setTextContent(prompt);
            paragraph = SafeXml.add(body, "p");
        } else {
            paragraph.appendChild(body.getOwnerDocument().createTextNode(prompt.substring(0, blank)));
        }
        Element entry = SafeXml.add(paragraph, "textEntryInteraction");
        entry.setAttribute("responseIdentifier", "RESPONSE");
        entry.setAttribute("expectedLength", baseType.equals("float") ? "10" : "30");
        if (blank >= 0) {
            paragraph.appendChild(body.getOwnerDocument().createTextNode(prompt.substring(blank + BLANK.length())));
        }
    }

    /** Bounded mappings keep a score of wrong ticks between 0 and 1. */
    private static Element mapping(Element response, boolean bounded) {
        Element mapping = SafeXml.add(response, "mapping");
        mapping.setAttribute("defaultValue", "0");
        if (bounded) {
            mapping.setAttribute("lowerBound", "0");
            mapping.setAttribute("upperBound", "1");
        }
        return mapping;
    }

    private static Element mapEntry(Element mapping, String key, String value) {
        Element entry = SafeXml.add(mapping, "mapEntry");
        entry.setAttribute("mapKey", key);
        entry.setAttribute("mappedValue", value);
        return entry;
    }

    private static void associable(Element set, String identifier, String text, int matchMax) {
        Element choice = SafeXml.add(set, "simpleAssociableChoice", text);
        choice.setAttribute("identifier", identifier);
        choice.setAttribute("matchMax", Integer.toString(matchMax));
    }

    static String choiceId(int index) {
        return "C" + (index + 1);
    }
}
