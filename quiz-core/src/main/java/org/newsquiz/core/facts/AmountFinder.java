package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;

/** Sums of money ("€4.2 billion", "6.4 million euros", "$300") and percentages ("12%", "25 percent"), in quotations the sentence closes. */
public final class AmountFinder {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?: (?:million|billion|trillion)|bn|m|tn|k)?";
    /** The figure ends where the token ends: "$4.5bn" is never "$4" and "£3.58bn" never "£3". */
    private static final String TOKEN_END = "(?![\\w%]|[.,]\\d)";
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?<![\\w.])([€$£]|US\\$)" + NUMBER + "(" + SCALE + ")" + TOKEN_END);
    private static final Pattern MONEY_AFTER = Pattern.compile("(?<![\\w.,$€£])()" + NUMBER
            + "((?: (?:million|billion|trillion)|bn|m)? (?:euros|dollars|pounds|francs|kronor|kroner|crowns|yen))\\b");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.,$€£])()" + NUMBER + "(%| percent\\b| per cent\\b)");

    private AmountFinder() {
    }

    public static List<Amount> find(AnalyzedText text) {
        List<Amount> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            add(s, MONEY_BEFORE, false, out);
            add(s, MONEY_AFTER, false, out);
            add(s, PERCENT, true, out);
        }
        out.sort(java.util.Comparator.comparingInt((Amount a) -> a.span().start()));
        return out;
    }

    private static void add(Sentence s, Pattern pattern, boolean percentage, List<Amount> out) {
        Matcher m = pattern.matcher(s.text());
        while (m.find()) {
            if (insideQuote(s.text(), m.start())) {
                continue;
            }
            Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
            out.add(new Amount(m.group(1), m.group(2), m.group(3), percentage, s.index(), span));
        }
    }

    /**
     * Inside a quotation that the sentence does not close: its words go on in a sentence the question cannot show.
     * A quotation opened and closed within the sentence ("… from about 4.5% today to about 25% within 10 years.")
     * is the speaker's figure, asked like any other.
     */
    private static boolean insideQuote(String sentence, int at) {
        boolean open = sentence.substring(0, at).chars().filter(c -> c == '"').count() % 2 == 1;
        return open && sentence.indexOf('"', at) < 0;
    }
}
