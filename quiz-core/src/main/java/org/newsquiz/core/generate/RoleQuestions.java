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
    /** Four pairs make a fair matching and leave later people to questions of their own. */
    private static final int MATCHING_PAIRS = 4;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        Map<Entity, Role> roles = new LinkedHashMap<>();
        for (Role r : facts.roles()) {
            if (specific(r) && Stems.introduced(facts, r.person()) && facts.roles().stream().filter(o -> o.description().equalsIgnoreCase(r.description())).map(Role::person).distinct().count() == 1) {
                roles.putIfAbsent(r.person(), r);
            }
        }
        List<Draft> out = new ArrayList<>();
        List<Role> list = new ArrayList<>(roles.values());
        for (int i = 0; i < list.size(); i++) {
            Role r = list.get(i);
            List<Entity> others = distractors.fromArticle(EntityType.PERSON, List.of(r.person()), 8).stream()
                    .filter(e -> Stems.surelyPerson(facts, e)).limit(3).toList();
            boolean asked = others.size() == 3 && distinctive(r, facts.roles());
            if (asked) {
                out.add(whoIs(r, others, list, i, distractors));
            }
            Role other = swapFor(r, list);
            if (other != null && (!asked || i % 3 == 2)) {
                // Beside a "who is" question on the same role a true statement would give its answer away.
                boolean truth = !asked && distractors.showsTrue("role:" + r.person().name());
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
        Draft sameTitle = sameTitle(facts.roles(), distractors);
        if (sameTitle != null) {
            out.add(sameTitle);
        }
        if (list.size() >= 3) {
            List<Role> pairs = list.subList(0, Math.min(MATCHING_PAIRS, list.size()));
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
                    List.of("person", "role"), 0, "matching:roles", pairs.stream().map(r -> "role:" + r.person().id()).toList()));
        }
        return out;
    }

    /**
     * The question on one person's role, in one of three forms by turns so a quiz does not repeat one frame:
     * who is described as the role, who is the role, or which role the person has (the other people's roles as
     * options, when there are three of them).
     */
    private static Draft whoIs(Role r, List<Entity> others, List<Role> all, int i, Distractors distractors) {
        List<String> otherRoles = all.stream().filter(o -> o != r).map(Role::description)
                .filter(d -> !d.equalsIgnoreCase(r.description())).distinct().limit(3).toList();
        List<String> tags = List.of("person", "role");
        if (i % 3 == 2 && otherRoles.size() == 3) {
            List<String> options = new ArrayList<>(otherRoles);
            options.add(0, r.description());
            String prompt = "What role does the article give " + r.person().name() + "?";
            return new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(r.description()),
                    r.sentence(), r.sentence(), 0.35, tags, 0, "role-what:" + r.person().id());
        }
        List<Entity> people = new ArrayList<>(others);
        people.add(0, r.person());
        List<String> names = Distractors.personNames(people);
        String role = article(r.description());
        String prompt = i % 3 == 1 && !role.startsWith("a ") && !role.startsWith("an ")
                ? "According to the article, who is " + role + "?"
                : "Who is described in the article as " + role + "?";
        return new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(names, prompt), List.of(names.get(0)),
                r.sentence(), r.sentence(), 0.3 + 0.02 * r.sentence(), tags, 0, "role:" + r.person().id());
    }

    /**
     * "Which of these people does the article call a president?": the first title two or three people share, with
     * people whose titles do not contain it as the wrong options.
     */
    private static Draft sameTitle(List<Role> roles, Distractors distractors) {
        Map<String, List<Role>> byTitle = new LinkedHashMap<>();
        roles.forEach(r -> byTitle.computeIfAbsent(r.title().toLowerCase(java.util.Locale.ROOT), t -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Role>> e : byTitle.entrySet()) {
            List<Entity> holders = e.getValue().stream().map(Role::person).distinct().limit(3).toList();
            List<Entity> others = roles.stream().filter(r -> !r.title().toLowerCase(java.util.Locale.ROOT).contains(e.getKey()))
                    .map(Role::person).filter(p -> !holders.contains(p)).distinct().limit(3).toList();
            if (holders.size() < 2 || others.size() < 2 || GENERIC.contains(e.getKey()) || e.getKey().split(" ").length > 3) {
                continue;
            }
            List<Entity> people = new ArrayList<>(holders);
            people.addAll(others);
            List<String> names = Distractors.personNames(people);
            String title = e.getKey();
            String prompt = "Which of these people does the article call " + (title.matches("[aeiou].*") ? "an " : "a ") + title
                    + "? (Select all that apply.)";
            int first = e.getValue().stream().mapToInt(Role::sentence).min().orElse(0);
            int last = e.getValue().stream().mapToInt(Role::sentence).max().orElse(0);
            return new Draft(QuestionType.MULTIPLE_RESPONSE, prompt, distractors.shuffle(names, prompt), names.subList(0, holders.size()),
                    first, last, 0.45, List.of("person", "role"), 0, "same-title:" + title);
        }
        return null;
    }

    /**
     * The role to put in a false statement about {@code r}'s holder: one of the same kind when the article has
     * it ("Kestrel Bay's head coach" for "Aldermoor's head coach"), else the next role of the article.
     */
    private static Role swapFor(Role r, List<Role> all) {
        if (all.size() < 2) {
            return null;
        }
        String head = head(r.title());
        boolean ofAnOrganisation = r.affiliation().endsWith("'s");
        return all.stream().filter(o -> o != r && ofAnOrganisation && o.affiliation().endsWith("'s") && head(o.title()).equals(head)
                        && !o.description().equalsIgnoreCase(r.description()))
                .findFirst().orElse(all.get((all.indexOf(r) + 1) % all.size()));
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
        if (org.newsquiz.core.facts.Lexicon.shared().isWellKnownOffice(r.description())) {
            return false; // who the U.S. President is, a student knows without the article
        }
        return !r.affiliation().isEmpty() || (!GENERIC.contains(title) && (title.contains(" ") || !HONORIFICS.contains(title)));
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "at", "for", "in", "on");
    private static final java.util.Set<String> GENERIC = java.util.Set.of("leader", "member", "board member", "substitute", "defender",
            "striker", "player", "resident", "official", "spokesman", "spokeswoman", "spokesperson", "analyst", "researcher");

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("dr", "dr.", "doctor", "professor", "mr", "mrs", "ms",
            "sir", "dame", "lord", "lady", "president", "minister", "general", "councillor", "councilor", "senator", "judge");
}
