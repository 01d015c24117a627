package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;

/**
 * Study reports, the core of health and science news: who ran the study ("researchers at X"), where it was published
 * ("in the journal Y"), on how many people ("a study of 2,000 women") and for how long, what it found ("found that
 * …") and what its authors warned ("cautioned that …"). The institution is a choice among the article's other
 * organisations when it names three, otherwise a blank, as are the journal and the figures; a finding is a choice
 * with the authors' caveats as wrong options and the reverse, since a caveat is not a finding.
 */
public final class StudyQuestions implements DraftGenerator {
    private static final String NAME = "\\p{Lu}[\\p{L}'&.-]*(?:(?: (?:of|for|and|de)(?: the)?)? \\p{Lu}[\\p{L}'&.-]*)*";
    private static final Pattern TEAM = Pattern.compile(
            "\\b(?:[Rr]esearchers|[Ss]cientists|[Aa] team|[Dd]octors|[Ee]xperts|[Aa]cademics|[Ii]nvestigators)"
                    + " (?:at|from|with|led by)(?: the)? (" + NAME + ")");
    private static final Pattern JOURNAL = Pattern.compile(
            "\\b(?:published|reported|appears|appeared|writing|write|wrote) in (?:the )?(?:(?:medical|scientific|academic|online) )?"
                    + "journal,? (" + NAME + ")|\\b(?:published|reported|appears|appeared|writing|write|wrote) in (the (?:\\p{Lu}[\\p{L}-]* )*"
                    + "(?:Journal|Lancet|Review|Medicine)(?: of (?:the )?" + NAME + ")?)");
    private static final String PEOPLE = "(patients|participants|people|adults|women|men|children|volunteers|babies|smokers"
            + "|pupils|students|mothers|twins|teenagers|infants|workers|nurses|doctors|pregnancies|cases)";
    private static final Pattern COHORT = Pattern.compile(
            "\\b(?:study|trial|survey|research|analysis|review) (?:of|involving|on|among|with|in)( (?:more than|over|nearly|almost|about|around|some) )?"
                    + " ?(\\d{1,3}(?:,\\d{3})+|\\d+) " + PEOPLE + "\\b|\\b(?:involved|followed|tracked|studied|surveyed|recruited"
                    + "|analysed|analyzed|examined|monitored|questioned|tested|looked at)( (?:more than|over|nearly|almost|about|around|some) )?"
                    + " ?(\\d{1,3}(?:,\\d{3})+|\\d+) " + PEOPLE + "\\b");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:for|over|during|across) (?:a period of )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    + "fifteen|twenty|thirty)[ -](years?|months?|weeks?|days?)\\b");
    private static final Pattern STUDY_WORDS = Pattern.compile(
            "\\b(?:study|studies|trial|research|researchers|survey|scientists|findings|analysis|data|participants|volunteers)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINDING = Pattern.compile(
            "\\b(?:researchers|scientists|study|studies|team|trial|research|authors|analysis|survey) "
                    + "(?:also )?(?:found|showed|shows|suggested|suggests|concluded|discovered|revealed|indicated) that (.+?)[.]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAVEAT = Pattern.compile(
            "\\b(?:researchers|scientists|authors|team|experts|they) (?:also )?(?:cautioned|warned|stressed|admitted|acknowledged"
                    + "|cautions|warns|stress|admit|acknowledge|noted) that (.+?)[.]?$", Pattern.CASE_INSENSITIVE);
    /** A blank's sentence that leans on the one before it ("they call for …") is not self-contained. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|they|it|his|her|their|its|this|these)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CLAUSE_WORDS = 22;
    private static final int MIN_CLAUSE_WORDS = 4;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        List<Clause> findings = new ArrayList<>();
        List<Clause> caveats = new ArrayList<>();
        List<Sentence> sentences = facts.text().sentences();
        for (Sentence s : sentences) {
            team(facts, distractors, s, out);
            journal(facts, s, out);
            cohort(facts, s, out);
            duration(facts, s, out);
            clause(FINDING, s).ifPresent(findings::add);
            clause(CAVEAT, s).ifPresent(caveats::add);
        }
        choices(findings, caveats, "What did the study or its authors find, according to the article?", "finding", distractors, out);
        if (!findings.isEmpty() && caveats.size() < 3) {
            Clause first = findings.get(0);
            String prompt = "True or false? According to the article, the research found that " + first.text() + ".";
            out.add(new Draft(QuestionType.TRUE_FALSE, prompt, List.of("True", "False"), List.of("True"), first.sentence(),
                    first.sentence(), 0.3, List.of("study", "finding"), 0, "study-finding:" + first.sentence()));
        }
        choices(caveats, findings, "Which of these did the researchers give as a caveat or a warning, according to the article?",
                "caveat", distractors, out);
        return out;
    }

    private record Clause(String text, int sentence) {
    }

    private static void team(FactSheet facts, Distractors distractors, Sentence s, List<Draft> out) {
        Matcher m = TEAM.matcher(s.text());
        if (!m.find() || !STUDY_WORDS.matcher(s.text()).find()) {
            return;
        }
        String name = trimName(m.group(1));
        Entity org = facts.named(name);
        if (org != null && org.type() == EntityType.ORGANISATION) {
            List<String> options = new ArrayList<>(List.of(name));
            distractors.fromArticle(EntityType.ORGANISATION, List.of(org), 3).forEach(o -> options.add(o.name()));
            if (options.size() == 4) {
                String prompt = "Researchers at which institution are behind the study the article reports?";
                out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(name),
                        s.index(), s.index(), 0.4, List.of("study", "organisation"), 0, "study-team:" + s.index()));
                return;
            }
        }
        String untitled = name.replaceFirst("^(?:Dr|Prof|Professor)\\.? ", "");
        blank(facts, s, m.start(1), m.start(1) + name.length(), untitled.equals(name) ? List.of(name) : List.of(name, untitled),
                "study-team", out);
    }

    private static void journal(FactSheet facts, Sentence s, List<Draft> out) {
        Matcher m = JOURNAL.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int group = m.group(1) != null ? 1 : 2;
        String name = trimName(m.group(group));
        String bare = name.startsWith("the ") ? name.substring(4) : name;
        blank(facts, s, m.start(group) + (name.length() - bare.length()), m.start(group) + name.length(), List.of(bare),
                "study-journal", out);
    }

    private static void cohort(FactSheet facts, Sentence s, List<Draft> out) {
        Matcher m = COHORT.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int g = m.group(2) != null ? 2 : 5;
        String number = m.group(g);
        String people = m.group(g + 1);
        String value = number.replace(",", "");
        boolean exact = m.group(g - 1) == null;
        if (exact && Long.parseLong(value) > 2) {
            String prompt = "How many " + people + " did the study described in the article involve?";
            double tolerance = Long.parseLong(value) >= 100 ? Math.round(Long.parseLong(value) * 0.05) : 0;
            out.add(new Draft(QuestionType.NUMERIC, prompt, List.of(), List.of(value), s.index(), s.index(), 0.5,
                    List.of("study", "number"), tolerance, "numeric:" + (s.span().start() + m.start(g))));
        } else {
            blank(facts, s, m.start(g), m.end(g), number.equals(value) ? List.of(number) : List.of(number, value), "number-fib", out);
        }
    }

    private static void duration(FactSheet facts, Sentence s, List<Draft> out) {
        Matcher m = DURATION.matcher(s.text());
        if (m.find() && STUDY_WORDS.matcher(s.text()).find()) {
            String written = m.group(1);
            // "six months" is also answered "6".
            Integer value = org.newsquiz.core.facts.Lexicon.shared().numberWord(written.toLowerCase(java.util.Locale.ROOT));
            List<String> accepted = value == null ? List.of(written) : List.of(written, String.valueOf(value));
            blank(facts, s, m.start(1), m.end(1), accepted, "study-duration", out);
        }
    }

    private static void blank(FactSheet facts, Sentence s, int from, int to, List<String> accepted, String fact, List<Draft> out) {
        String cloze = Cloze.blank(facts, s.index(), new Span(s.span().start() + from, s.span().start() + to));
        if (cloze != null && !PRONOUN.matcher(cloze).find()) {
            out.add(new Draft(QuestionType.FILL_IN_BLANK, cloze, List.of(), accepted, s.index(), s.index(), 0.55,
                    List.of("study"), 0, fact + ":" + (s.span().start() + from)));
        }
    }

    /** One of {@code right} against three of {@code wrong}: a finding among caveats, or a caveat among findings. */
    private static void choices(List<Clause> right, List<Clause> wrong, String prompt, String kind, Distractors distractors,
            List<Draft> out) {
        if (right.isEmpty() || wrong.size() < 3) {
            return;
        }
        Clause answer = right.get(0);
        List<String> options = new ArrayList<>(List.of(capitalised(answer.text())));
        wrong.stream().limit(3).forEach(c -> options.add(capitalised(c.text())));
        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(options.get(0)),
                answer.sentence(), answer.sentence(), 0.45, List.of("study", kind), 0, "study-" + kind + ":" + answer.sentence()));
    }

    /** The clause after "found that", as an option: whole, of some length, readable without the sentence before it. */
    private static java.util.Optional<Clause> clause(Pattern pattern, Sentence s) {
        Matcher m = pattern.matcher(s.text());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String text = m.group(1).strip();
        int words = text.split("\\s+").length;
        if (words < MIN_CLAUSE_WORDS || words > MAX_CLAUSE_WORDS || Cloze.PRONOUN_START.matcher(text).find()
                || text.chars().filter(c -> c == '"').count() % 2 == 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Clause(text, s.index()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Oxford University, which" stays "Oxford University"; a name never ends on a joining word. */
    private static String trimName(String name) {
        String out = name.strip().replaceAll("[.,]+$", "");
        while (out.matches(".* (?:of|for|and|de|the)$")) {
            out = out.substring(0, out.lastIndexOf(' '));
        }
        return out.toLowerCase(Locale.ROOT).equals(out) ? name : out;
    }
}
