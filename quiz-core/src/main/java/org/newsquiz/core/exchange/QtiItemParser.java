package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsquiz.core.exchange.ImportCollector.InvalidItemException;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads one QTI 2.1 {@code assessmentItem} with a choice, text entry, match or order interaction. */
final class QtiItemParser {
    private final Element item;
    private final ImportCollector collector;

    QtiItemParser(Element item, ImportCollector collector) {
        this.item = item;
        this.collector = collector;
    }

    String label() {
        return item.getAttribute("title");
    }

    Question question() throws InvalidItemException {
        if (!"assessmentItem".equals(item.getLocalName()) || !QtiItemWriter.NS.equals(item.getNamespaceURI())) {
            throw new InvalidItemException("not a QTI 2.1 assessmentItem");
        }
        String title = item.getAttribute("title").strip();
        String id = collector.freshId(title.isEmpty() ? item.getAttribute("identifier") : title);
        Element body = SafeXml.child(item, "itemBody")
                .orElseThrow(() -> new InvalidItemException("the item has no itemBody"));
        Element response = responseDeclaration();
        List<String> correct = SafeXml.child(response, "correctResponse").stream()
                .flatMap(c -> SafeXml.children(c, "value").stream()).map(e -> e.getTextContent().strip()).toList();
        String explanation = SafeXml.children(item, "modalFeedback").stream()
                .map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty()).findFirst().orElse("");
        var shape = interaction(body, response, correct);
        return new Question(id, shape.type, shape.prompt, shape.options, shape.answers, explanation, List.of(),
                ImportCollector.DEFAULT_DIFFICULTY, List.of(), shape.tolerance);
    }

    private Element responseDeclaration() throws InvalidItemException {
        return SafeXml.children(item, "responseDeclaration").stream()
                .filter(r -> r.getAttribute("identifier").equals("RESPONSE")).findFirst()
                .or(() -> SafeXml.child(item, "responseDeclaration"))
                .orElseThrow(() -> new InvalidItemException("the item declares no response"));
    }

    private record Shape(QuestionType type, String prompt, List<String> options, List<String> answers, double tolerance) {
    }

    private Shape interaction(Element body, Element response, List<String> correct) throws InvalidItemException {
        Optional<Element> choice = descendant(body, "choiceInteraction");
        if (choice.isPresent()) {
            var labels = choices(choice.get(), "simpleChoice");
            var options = new ArrayList<>(labels.values());
            var answers = labelled(labels, correct);
            boolean single = response.getAttribute("cardinality").equals("single");
            QuestionType type = !single ? QuestionType.MULTIPLE_RESPONSE
                    : options.equals(List.of("True", "False")) ? QuestionType.TRUE_FALSE : QuestionType.MULTIPLE_CHOICE;
            return new Shape(type, prompt(choice.get(), body), options, answers, 0);
        }
        Optional<Element> order = descendant(body, "orderInteraction");
        if (order.isPresent()) {
            var labels = choices(order.get(), "simpleChoice");
            return new Shape(QuestionType.ORDERING, prompt(order.get(), body), new ArrayList<>(labels.values()),
                    labelled(labels, correct), 0);
        }
        Optional<Element> match = descendant(body, "matchInteraction");
        if (match.isPresent()) {
            return matching(match.get(), body, correct);
        }
        Optional<Element> entry = descendant(body, "textEntryInteraction");
        if (entry.isPresent()) {
            return textEntry(entry.get(), body, response, correct);
        }
        throw new InvalidItemException("the item has no choice, text entry, match or order interaction");
    }

    private Shape matching(Element match, Element body, List<String> correct) throws InvalidItemException {
        var sets = SafeXml.children(match, "simpleMatchSet");
        if (sets.size() != 2) {
            throw new InvalidItemException("a match interaction needs two simpleMatchSets");
        }
        var lefts = choices(sets.get(0), "simpleAssociableChoice");
        var rights = choices(sets.get(1), "simpleAssociableChoice");
        var pairs = new ArrayList<String>();
        for (String value : correct) {
            String[] ids = value.split("\\s+");
            if (ids.length != 2 || !lefts.containsKey(ids[0]) || !rights.containsKey(ids[1])) {
                throw new InvalidItemException("the correct pair '" + value + "' does not name a left and a right choice");
            }
            pairs.add(new MatchingPair(lefts.get(ids[0]), rights.get(ids[1])).toAnswer());
        }
        return new Shape(QuestionType.MATCHING, prompt(match, body), new ArrayList<>(rights.values()), pairs, 0);
    }

    private Shape textEntry(Element entry, Element body, Element response, List<String> correct) throws InvalidItemException {
        String prompt = entryPrompt(entry, body);
        if (response.getAttribute("baseType").equals("float") || response.getAttribute("baseType").equals("integer")) {
            double tolerance = descendant(item, "equal").map(e -> e.getAttribute("tolerance").strip())
                    .filter(t -> !t.isEmpty()).map(t -> Numbers.parse(t.split("\\s+")[0]).orElse(-1)).orElse(0.0);
            if (tolerance < 0) {
                throw new InvalidItemException("the tolerance is not a number");
            }
            return new Shape(QuestionType.NUMERIC, prompt, List.of(), correct, tolerance);
        }
        var accepted = SafeXml.child(response, "mapping").stream()
                .flatMap(m -> SafeXml.children(m, "mapEntry").stream())
                .filter(e -> Numbers.parse(e.getAttribute("mappedValue")).orElse(0) > 0)
                .map(e -> e.getAttribute("mapKey")).toList();
        return new Shape(QuestionType.FILL_IN_BLANK, prompt, List.of(), accepted.isEmpty() ? correct : accepted, 0);
    }

    /** The paragraph holding the entry box gives the prompt with the box as a blank, unless it holds the box alone. */
    private static String entryPrompt(Element entry, Element body) {
        Node paragraph = entry.getParentNode();
        var before = new StringBuilder();
        var after = new StringBuilder();
        boolean seen = false;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n == entry) {
                seen = true;
            } else {
                (seen ? after : before).append(n.getTextContent());
            }
        }
        if (!(before + after.toString()).isBlank()) {
            return before.toString().stripLeading() + QtiItemWriter.BLANK + after.toString().stripTrailing();
        }
        var others = new StringBuilder();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n != paragraph) {
                others.append(n.getTextContent());
            }
        }
        return others.toString().strip();
    }

    private static String prompt(Element interaction, Element body) {
        return SafeXml.child(interaction, "prompt").map(p -> p.getTextContent().strip()).orElseGet(() -> {
            var text = new StringBuilder();
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n != interaction) {
                    text.append(n.getTextContent());
                }
            }
            return text.toString().strip();
        });
    }

    private static Map<String, String> choices(Element parent, String name) {
        var labels = new LinkedHashMap<String, String>();
        for (Element e : SafeXml.children(parent, name)) {
            labels.put(e.getAttribute("identifier"), e.getTextContent().strip());
        }
        return labels;
    }

    private static List<String> labelled(Map<String, String> labels, List<String> ids) throws InvalidItemException {
        var result = new ArrayList<String>();
        for (String id : ids) {
            if (!labels.containsKey(id)) {
                throw new InvalidItemException("the correct response '" + id + "' is not one of the choices");
            }
            result.add(labels.get(id));
        }
        return result;
    }

    private static Optional<Element> descendant(Element root, String localName) {
        var found = root.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
    }
}
