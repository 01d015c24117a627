package org.newsquiz.core.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.text.Token;

/**
 * Penn Treebank tags from the universal tags, words and lemmas of the tagger: the chunker was trained on Penn tags
 * and needs the distinctions the universal set drops (past tense, participle, plural, modal, possessive).
 */
final class PennTags {
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "wo", "ca");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "my", "our", "your", "whose");
    private static final Set<String> WH = Set.of("who", "whom", "what", "which", "that");
    private static final Set<String> PERFECT_OR_BE = Set.of("have", "has", "had", "having", "be", "is", "are", "was", "were", "been", "being", "get", "got", "'s", "'ve");

    private PennTags() {
    }

    static String[] of(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tag(tokens.get(i), i > 0 ? tokens.get(i - 1) : null, i > 0 ? out[i - 1] : "");
            // "the company's creditors": the tagger reads some of these as "is".
            if (i > 0 && out[i - 1].equals("VBZ") && tokens.get(i - 1).text().matches("['\u2019]s")
                    && tokens.get(i).hasTag("NOUN", "ADJ", "PROPN", "NUM")) {
                out[i - 1] = "POS";
                out[i] = tag(tokens.get(i), tokens.get(i - 1), "POS");
            }
        }
        return out;
    }

    private static String tag(Token t, Token previous, String previousTag) {
        String w = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return switch (t.tag()) {
            case "PROPN" -> "NNP";
            case "NOUN" -> !lemma.equals(w) && w.endsWith("s") ? "NNS" : "NN";
            case "VERB", "AUX" -> verb(w, lemma, previous, previousTag);
            case "ADJ" -> !lemma.equals(w) && w.endsWith("est") ? "JJS" : !lemma.equals(w) && w.endsWith("er") ? "JJR" : "JJ";
            case "ADV" -> WH.contains(w) || w.equals("when") || w.equals("where") ? "WRB" : "RB";
            case "ADP" -> w.equals("to") ? "TO" : "IN";
            case "PART" -> w.equals("to") ? "TO" : w.equals("'s") || w.equals("\u2019s") ? "POS" : "RB";
            case "DET" -> w.equals("which") || w.equals("what") ? "WDT" : "DT";
            case "PRON" -> POSSESSIVES.contains(w) ? "PRP$" : WH.contains(w) ? "WP" : "PRP";
            case "NUM" -> "CD";
            case "CCONJ" -> "CC";
            case "SCONJ" -> "IN";
            case "INTJ" -> "UH";
            case "SYM" -> w.equals("%") ? "NN" : "$";
            case "PUNCT" -> punctuation(w);
            default -> "FW";
        };
    }

    private static String verb(String w, String lemma, Token previous, String previousTag) {
        if (MODALS.contains(w)) {
            return "MD";
        }
        if (w.endsWith("ing")) {
            return "VBG";
        }
        boolean afterAux = previous != null && (PERFECT_OR_BE.contains(previous.text().toLowerCase(Locale.ROOT))
                || previousTag.equals("RB") && previous.text().toLowerCase(Locale.ROOT).matches("not|n't|never|also|already|been"));
        if (w.equals("been")) {
            return "VBN";
        }
        if (w.equals("was") || w.equals("were") || w.equals("had") || w.equals("did")) {
            return "VBD";
        }
        if (w.equals("is") || w.equals("has") || w.equals("does") || w.equals("'s")) {
            return "VBZ";
        }
        if (w.equals("are") || w.equals("am") || w.equals("have") || w.equals("do") || w.equals("'re") || w.equals("'ve")) {
            return "VBP";
        }
        if (lemma.equals(w) && w.endsWith("ed") && w.length() > 4) {
            return afterAux ? "VBN" : "VBD";
        }
        if (lemma.equals(w)) {
            return previousTag.equals("TO") || previousTag.equals("MD") || previous == null ? "VB" : previousTag.startsWith("N") || previousTag.equals("PRP") ? "VBP" : "VB";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && lemma.length() < w.length()) {
            return "VBZ";
        }
        return afterAux ? "VBN" : "VBD";
    }

    private static String punctuation(String w) {
        return switch (w) {
            case "," -> ",";
            case ":", ";", "-", "\u2013", "\u2014", "--" -> ":";
            case "(", "[" -> "-LRB-";
            case ")", "]" -> "-RRB-";
            case "\"", "\u201c", "``" -> "``";
            case "\u201d", "''", "'" -> "''";
            default -> ".";
        };
    }
}
