package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;
import org.newsquiz.core.text.Token;

/** Counted quantities: a number (digits or words) before a plural noun, with the clause's verb and subject. */
final class NumberFinder {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("1[6-9]\\d\\d|20\\d\\d");
    private static final Set<String> CLAUSE_START = Set.of(",", "that", ";", ":", "-", "while", "and", "but", "as", "when", "after", "(");
    private static final Set<String> VAGUE = Set.of("more", "other", "further", "additional", "fewer", "less", "of");
    private static final Set<String> QUALIFIER_START = Set.of("in", "on", "at", "during", "over", "across", "since", "between",
            "last", "this", "before", "after");
    private static final int MAX_QUALIFIER_WORDS = 8;
    private final Lexicon lexicon;

    NumberFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NumericFact> find(AnalyzedText text) {
        List<NumericFact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Double value = value(t.get(i).text());
                if (value == null || value == 1 || YEAR.matcher(t.get(i).text()).matches() || insideQuote(s, i)
                        || hyphenated(text.normalized(), t.get(i).span())) {
                    continue;
                }
                int n = i + 1;
                while (n < t.size() && n - i <= 2 && (t.get(n).hasTag("ADJ") || participle(t, n)) && !VAGUE.contains(t.get(n).text())) {
                    n++;
                }
                // "35,000 female nurses", "200 cancer patients": a noun before the counted one describes it.
                if (n + 1 < t.size() && n - i <= 2 && t.get(n).hasTag("NOUN") && !t.get(n).text().endsWith("s")
                        && t.get(n + 1).hasTag("NOUN") && t.get(n + 1).text().endsWith("s") && !t.get(n + 1).isCapitalised()) {
                    n++;
                }
                if (n >= t.size() || !t.get(n).hasTag("NOUN") || VAGUE.contains(t.get(n).text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (value != 1 && !t.get(n).text().endsWith("s") && !t.get(n).text().equals("people")) {
                    continue;
                }
                if (i + 1 < t.size() && VAGUE.contains(t.get(i + 1).text())) {
                    continue;
                }
                int nounEnd = n + 1;
                if (nounEnd + 1 < t.size() && t.get(nounEnd).text().equals("of") && t.get(nounEnd + 1).hasTag("NOUN")) {
                    nounEnd += 2;
                }
                String noun = Chunker.text(s, i + 1, nounEnd);
                String verb = "";
                String lemma = "";
                String subject = "";
                String source = "";
                int v = i - 1;
                // "said 3,000 technicians were working" counts no saying, and "had placed" needs its auxiliary asked too.
                if (v > 0 && t.get(v).hasTag("VERB") && isPast(t.get(v)) && !lexicon.isAttributionVerb(t.get(v).text())
                        && !t.get(v - 1).hasTag("AUX")) {
                    verb = t.get(v).text();
                    lemma = t.get(v).lemma();
                    int c = v - 1;
                    while (c >= 0 && !CLAUSE_START.contains(t.get(c).text().toLowerCase(Locale.ROOT))) {
                        c--;
                    }
                    if (c + 1 < v && !t.get(c + 1).hasTag("VERB", "AUX", "PRON")) {
                        subject = Chunker.text(s, c + 1, v);
                        if (c < 0 && !t.get(0).hasTag("PROPN")) {
                            subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
                        }
                    }
                    if (c > 0 && t.get(c).text().equals("that") && t.get(c - 1).hasTag("VERB")) {
                        int b = c - 2;
                        while (b >= 0 && !CLAUSE_START.contains(t.get(b).text())) {
                            b--;
                        }
                        if (b + 1 < c - 1) {
                            source = Chunker.text(s, b + 1, c - 1);
                        }
                    }
                }
                Span span = t.get(i).span();
                out.add(new NumericFact(value, t.get(i).text(), noun, subject, verb, lemma, source, qualifier(s, nounEnd),
                        s.index(), span));
            }
        }
        return out;
    }

    /**
     * The phrase after the counted noun that narrows it ("in November", "restoring the tapestries"), up to the
     * next comma; empty when there is none or it holds another number, which would make the count ambiguous.
     */
    static String qualifier(Sentence s, int from) {
        List<Token> t = s.tokens();
        if (from >= t.size()) {
            return "";
        }
        Token first = t.get(from);
        boolean narrows = QUALIFIER_START.contains(first.text().toLowerCase(Locale.ROOT))
                || (first.hasTag("VERB") && first.text().endsWith("ing"));
        int end = from;
        while (end < t.size() && !t.get(end).hasTag("PUNCT") && !t.get(end).text().equals("and")) {
            if (t.get(end).hasTag("NUM")) {
                return "";
            }
            end++;
        }
        return narrows && end - from <= MAX_QUALIFIER_WORDS ? Chunker.text(s, from, end) : "";
    }

    /** "four contested regions", "two injured workers": a past participle used as an adjective before a noun. */
    private static boolean participle(List<Token> t, int i) {
        return t.get(i).hasTag("VERB") && t.get(i).text().endsWith("ed") && i + 1 < t.size() && t.get(i + 1).hasTag("NOUN");
    }

    private static boolean hyphenated(String norm, Span span) {
        return (span.start() > 0 && norm.charAt(span.start() - 1) == '-') || (span.end() < norm.length() && norm.charAt(span.end()) == '-');
    }

    private static boolean insideQuote(Sentence s, int i) {
        int quotes = 0;
        for (int k = 0; k < i; k++) {
            if (s.tokens().get(k).text().equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    static boolean isPast(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return !w.equals(t.lemma()) && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss"));
    }

    Double value(String word) {
        if (DIGITS.matcher(word).matches()) {
            return Double.parseDouble(word.replace(",", ""));
        }
        Integer w = lexicon.numberWord(word);
        return w == null || !word.equals(word.toLowerCase(Locale.ROOT)) ? null : w.doubleValue();
    }
}
