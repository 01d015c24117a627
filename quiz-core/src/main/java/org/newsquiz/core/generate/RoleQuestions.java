package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Role;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/**
 * Who holds which title: who-is questions, true/false swaps, a matching of people and roles, name blanks.
 * A person gets at most two of these, so one well-described person does not fill the quiz.
 */
public final class RoleQuestions implements DraftGenerator {
    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        Map<Entity, Role> roles = new LinkedHashMap<>();
        for (Role r : facts.roles()) {
            if (specific(r) && facts.roles().stream().filter(o -> o.description().equalsIgnoreCase(r.description())).map(Role::person).distinct().count() == 1) {
                roles.putIfAbsent(r.person(), r);
            }
        }
        List<Draft> out = new ArrayList<>();
        List<Role> list = new ArrayList<>(roles.values());
        for (int i = 0; i < list.size(); i++) {
            Role r = list.get(i);
            List<Entity> others = distractors.fromArticle(EntityType.PERSON, List.of(r.person()), 3);
            boolean asked = others.size() == 3 && distinctive(r, facts.roles());
            if (asked) {
                List<Entity> all = new ArrayList<>(others);
                all.add(0, r.person());
                List<String> names = Distractors.personNames(all);
                String prompt = "Who is described in the article as " + article(r.description()) + "?";
                out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(names, prompt), List.of(names.get(0)),
                        r.sentence(), r.sentence(), 0.3 + 0.02 * r.sentence(), List.of("person", "role"), 0, "role:" + r.person().id()));
            }
            Role other = list.get((i + 1) % list.size());
            if (list.size() >= 2 && other != r && (!asked || i % 3 == 2)) {
                boolean truth = !asked && i % 2 == 0;
                Role shown = truth ? r : other;
                String prompt = "True or false? The article describes " + r.person().name() + " as " + article(shown.description()) + ".";
                out.add(new Draft(QuestionType.TRUE_FALSE, prompt, List.of("True", "False"), List.of(truth ? "True" : "False"),
                        r.sentence(), r.sentence(), 0.25, List.of("person", "role"), 0, "role-tf:" + r.person().id()));
            }
            String cloze = Cloze.blank(facts, r.sentence(), nameSpan(facts, r));
            if (cloze != null && !cloze.contains("\"") && (!asked || i % 3 == 1)) {
                List<String> accepted = r.person().aliases().stream().filter(a -> !a.startsWith("the ")).toList();
                out.add(new Draft(QuestionType.FILL_IN_BLANK, cloze, List.of(), accepted, r.sentence(), r.sentence(), 0.5,
                        List.of("person", "role"), 0, "role-fib:" + r.person().id()));
            }
        }
        if (list.size() >= 3) {
            List<Role> pairs = list.subList(0, Math.min(5, list.size()));
            List<String> answers = new ArrayList<>();
            List<String> right = new ArrayList<>();
            for (Role r : pairs) {
                answers.add(r.person().name() + Question.PAIR_ARROW + r.description());
                right.add(r.description());
            }
            String prompt = "Match each person with the role the article gives them.";
            int last = pairs.stream().mapToInt(Role::sentence).max().orElse(0);
            int first = pairs.stream().mapToInt(Role::sentence).min().orElse(0);
            out.add(new Draft(QuestionType.MATCHING, prompt, distractors.shuffle(right, prompt), answers, first, last, 0.45,
                    List.of("person", "role"), 0, "matching:roles"));
        }
        return out;
    }

    private static org.newsquiz.core.text.Span nameSpan(FactSheet facts, Role r) {
        for (var m : r.person().mentions()) {
            if (m.sentence() == r.sentence() && r.span().contains(m.span())) {
                return m.span();
            }
        }
        return r.span();
    }

    static String article(String description) {
        String lower = description.toLowerCase(java.util.Locale.ROOT);
        boolean determined = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ");
        boolean possessive = java.util.Arrays.stream(description.split(" ")).takeWhile(w -> !PREPOSITIONS.contains(w))
                .anyMatch(w -> w.endsWith("'s"));
        if (determined || possessive) {
            return description;
        }
        return "the " + (description.contains(" ") ? description : lower);
    }

    /**
     * A role worth a who-is question: it names an affiliation ("Polish Foreign Minister"), or no other role of the
     * article shares its head word, so "Vice President" beside a "U.S. President" is not asked.
     */
    static boolean distinctive(Role r, List<Role> all) {
        if (!r.affiliation().isEmpty()) {
            return true;
        }
        String head = head(r.title());
        return all.stream().filter(o -> !o.person().equals(r.person())).noneMatch(o -> head(o.title()).equals(head));
    }

    private static String head(String title) {
        String[] words = title.toLowerCase(java.util.Locale.ROOT).split(" ");
        return words[words.length - 1];
    }

    /**
     * A title that singles a person out: with an affiliation or a description, not a bare honorific nor a bare
     * word for one of many ("the leader" of what, "the defender" of which side).
     */
    static boolean specific(Role r) {
        String title = r.title().toLowerCase(java.util.Locale.ROOT);
        return !r.affiliation().isEmpty() || (!GENERIC.contains(title) && (title.contains(" ") || !HONORIFICS.contains(title)));
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "at", "for", "in", "on");
    private static final java.util.Set<String> GENERIC = java.util.Set.of("leader", "member", "board member", "substitute", "defender",
            "striker", "player", "resident", "official", "spokesman", "spokeswoman", "spokesperson", "analyst", "researcher");

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("dr", "dr.", "doctor", "professor", "mr", "mrs", "ms",
            "sir", "dame", "lord", "lady", "president", "minister", "general", "councillor", "councilor", "senator", "judge");
}
