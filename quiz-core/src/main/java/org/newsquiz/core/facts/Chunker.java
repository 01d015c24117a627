package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/** Cuts a sentence into listed phrases (longest match first) and runs of capitalised name words. */
final class Chunker {
    private static final int LONGEST_PHRASE = 6;
    private final Lexicon lexicon;

    Chunker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Chunk> chunk(Sentence s) {
        List<Token> t = s.tokens();
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Chunk listed = listed(s, i);
            if (listed != null) {
                out.add(listed);
                i = listed.to();
                continue;
            }
            if (isNameWord(s, i)) {
                int j = i + 1;
                while (j < t.size() && listed(s, j) == null
                        && (isNameWord(s, j) || particlesBeforeName(s, j))) {
                    j++;
                }
                if (j - i <= 5) {
                    out.add(new Chunk(s.index(), i, j, text(s, i, j), null));
                }
                i = j;
                continue;
            }
            i++;
        }
        return out;
    }

    private boolean particlesBeforeName(Sentence s, int j) {
        List<Token> t = s.tokens();
        int k = j;
        while (k < t.size() && lexicon.isParticle(t.get(k).text())) {
            k++;
        }
        return k > j && k < t.size() && isNameWord(s, k);
    }

    private Chunk listed(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!Character.isLetter(t.get(i).text().charAt(0))) {
            return null;
        }
        for (int j = Math.min(t.size(), i + LONGEST_PHRASE); j > i; j--) {
            if (!Character.isLetterOrDigit(t.get(j - 1).text().charAt(0)) && t.get(j - 1).text().length() == 1) {
                continue;
            }
            String phrase = text(s, i, j);
            Lexicon.Entry e = lexicon.lookup(phrase);
            if (e == null) {
                continue;
            }
            boolean capital = Character.isUpperCase(phrase.charAt(0));
            if (e.kind() != Lexicon.Kind.TITLE && !capital) {
                continue;
            }
            if (e.kind() == Lexicon.Kind.TITLE && j == i + 1 && capital && lexicon.isFirstName(phrase) && j < t.size()
                    && isNameWord(s, j) && lexicon.lookup(t.get(j).text()) == null) {
                // "Dean Martin", "Earl Thomas": a given name that is also a title, before a surname.
                return null;
            }
            return new Chunk(s.index(), i, j, phrase, e);
        }
        return null;
    }

    boolean isNameWord(Sentence s, int i) {
        Token tok = s.tokens().get(i);
        String w = tok.text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        boolean allCaps = w.equals(w.toUpperCase(java.util.Locale.ROOT));
        if (allCaps && w.length() > 3) {
            return false;
        }
        if (i == 0 && lexicon.isFirstName(w) && i + 1 < s.tokens().size() && isNameWord(s, i + 1)) {
            return true; // "Dean Martin said": the tagger may take a sentence's first word for a common one
        }
        if (i == 0 && tok.hasTag("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "VERB", "ADJ", "NUM")) {
            return i + 1 < s.tokens().size() && s.tokens().get(i + 1).text().equals("'s");
        }
        return !tok.hasTag("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "ADV") || tok.hasTag("PROPN");
    }

    static String text(Sentence s, int from, int to) {
        return s.text(from, to);
    }
}
