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
                if (value == null || (YEAR.matcher(t.get(i).text()).matches()) || insideQuote(s, i)) {
                    continue;
                }
                int n = i + 1;
                while (n < t.size() && n - i <= 2 && t.get(n).hasTag("ADJ") && !VAGUE.contains(t.get(n).text())) {
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
                String noun = Chunker.text(s, i + 1, n + 1);
                String verb = "";
                String lemma = "";
                String subject = "";
                String source = "";
                int v = i - 1;
                if (v > 0 && t.get(v).hasTag("VERB") && isPast(t.get(v))) {
                    verb = t.get(v).text();
                    lemma = t.get(v).lemma();
                    int c = v - 1;
                    while (c >= 0 && !CLAUSE_START.contains(t.get(c).text().toLowerCase(Locale.ROOT))) {
                        c--;
                    }
                    if (c + 1 < v) {
                        subject = Chunker.text(s, c + 1, v);
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
                out.add(new NumericFact(value, t.get(i).text(), noun, subject, verb, lemma, source, s.index(), span));
            }
        }
        return out;
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
