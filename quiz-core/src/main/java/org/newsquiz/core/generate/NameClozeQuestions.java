package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;

/**
 * "The spyware tool was released by _____ in the last few weeks.": a sentence that stands on its own with the
 * person, organisation or place it names blanked, and others of the same kind from the article as the options.
 * A person is preferred, then an organisation, then a city, with only the article's own as wrong options: listed
 * ones far from the story are guessed away.
 */
final class NameClozeQuestions {
    /** Countries and regions are left out: "in the _____", "the US and _____", "North _____" read or guess wrongly. */
    private static final List<EntityType> PREFERRED = List.of(EntityType.PERSON, EntityType.ORGANISATION, EntityType.CITY);
    /** A name the story returns to; one it gives once is a side detail. */
    private static final int MIN_MENTIONS = 2;

    /** The blank on the sentence's most wanted name, or null when it has none that stands with its options. */
    static Draft ask(FactSheet facts, Distractors distractors, Sentence s, String fact) {
        if (!Stems.selfContained(s, 0, s.tokens().size(), null)) {
            return null;
        }
        List<Entity> named = ClauseText.named(facts, s.index());
        for (EntityType type : PREFERRED) {
            Draft d = blank(facts, distractors, s, named, type, fact);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Draft blank(FactSheet facts, Distractors distractors, Sentence s, List<Entity> named, EntityType type, String fact) {
        for (Entity e : named) {
            List<Mention> here = e.mentions().stream().filter(m -> m.sentence() == s.index()).toList();
            // Reviewers kept 3 of 18 blanks on a name the article gives once (a referee, a minor executive).
            if (e.type() != type || here.size() != 1 || e.mentions().size() < MIN_MENTIONS || (type.isPlace() && !e.isLocated())
                    || e.type() == EntityType.PERSON && !Stems.introduced(facts, e)) {
                continue;
            }
            Mention m = here.get(0);
            int next = s.tokenAt(m.span().end());
            int before = s.tokenAt(m.span().start()) - 1;
            // "Scotland Yard", "University of Miami": the name is part of a longer one.
            if (next < s.tokens().size() && s.tokens().get(next).hasTag("PROPN")
                    || before >= 1 && s.tokens().get(before).text().equals("of") && s.tokens().get(before - 1).isCapitalised()) {
                continue;
            }
            if (cued(s, before, next)) {
                continue;
            }
            List<String> options = options(facts, distractors, e, named);
            if (options.size() < (type == EntityType.CITY ? 3 : 4)) {
                continue;
            }
            int from = m.span().start() - s.span().start();
            int to = m.span().end() - s.span().start();
            if (Cloze.splitsToken(s.text(), from, to)) {
                continue;
            }
            String text = s.text().strip();
            String stem = (text.substring(0, from) + Cloze.BLANK + s.text().substring(to)).strip();
            String prompt = "Which " + (type == EntityType.PERSON ? "name" : type.noun()) + " fills the blank? " + stem;
            return new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(options.get(0)),
                    s.index(), s.index(), 0.45, ActorQuestions.tags(e, "name"), 0, fact);
        }
        return null;
    }

    /**
     * Words beside the blank that point to one option: a descriptor before it ("actress _____", "15-year-old _____",
     * "chip giant _____", "Filippo _____"), an age after it ("_____, 9,"), or other names of a list around it
     * ("including _____, Cate Blanchett and …"), which are wrong options that are also right; a noun after it.
     */
    private static boolean cued(Sentence s, int before, int next) {
        List<org.newsquiz.core.text.Token> t = s.tokens();
        boolean descriptor = before >= 0 && t.get(before).hasTag("NOUN", "ADJ", "PROPN", "NUM");
        boolean age = next + 1 < t.size() && t.get(next).text().equals(",") && t.get(next + 1).hasTag("NUM");
        // "makes _____ systems": a name that modifies a noun is a product or a brand, not the organisation asked for.
        boolean modifier = next < t.size() && t.get(next).hasTag("NOUN") && !t.get(next).isCapitalised();
        return descriptor || age || Stems.besideNames(s, before, next) || modifier;
    }

    /** The answer first, then up to three of its kind from the article that the sentence does not name. */
    private static List<String> options(FactSheet facts, Distractors distractors, Entity answer, List<Entity> named) {
        List<Entity> chosen = new ArrayList<>(List.of(answer));
        for (Entity e : distractors.fromArticle(answer.type(), List.of(answer), 12)) {
            // A blank gives no verb to tell a person from a place or a film by, so only those introduced as people.
            if (chosen.size() < 4 && !named.contains(e) && !Stems.sharesName(e, chosen) && Stems.plausibleBeside(facts, e, answer)
                    && (e.type() != EntityType.PERSON || Stems.introduced(facts, e))) {
                chosen.add(e);
            }
        }
        return answer.type() == EntityType.PERSON ? Distractors.personNames(chosen) : chosen.stream().map(Entity::name).toList();
    }
}
