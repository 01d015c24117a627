package org.newsquiz.core.structure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * Clauses from the OpenNLP English chunker (noun, verb and prepositional groups) and rules over the groups: a
 * finite verb group with the noun group before it is a clause; the noun group after it its object; the groups
 * after that its time, place, reason, manner and quantity phrases. Each instance holds its model, so the model
 * goes with the generator that owns it (a server lets an idle generator go); thread-safe.
 */
public final class ChunkClauseAnalyzer implements ClauseAnalyzer {
    private final ChunkerModel model;
    private final ThreadLocal<ChunkerME> chunkers;

    private ChunkClauseAnalyzer(ChunkerModel model) {
        this.model = model;
        this.chunkers = ThreadLocal.withInitial(() -> new ChunkerME(this.model));
    }

    /** Loads the English chunker model (about 0.5 s, 14 MB of heap). */
    public static ChunkClauseAnalyzer load() {
        try (InputStream in = ChunkClauseAnalyzer.class.getClassLoader().getResourceAsStream("en-chunker.bin")) {
            if (in == null) {
                throw new IllegalStateException("chunker model missing from the classpath: en-chunker.bin");
            }
            return new ChunkClauseAnalyzer(new ChunkerModel(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the English chunker model", e);
        }
    }

    /** A group of the chunker's output: type NP, VP, PP, SBAR, ADVP, ADJP, PRT, or O for a token outside groups. */
    record Chunk(String type, int from, int to) {
    }

    /** Verbs whose noun group after them opens a reported clause ("say the benefits far outweigh the risks"). */
    private static final Set<String> REPORTING = Set.of("say", "believe", "think", "claim", "argue", "warn", "suggest",
            "insist", "estimate", "find", "show", "report", "feel", "fear", "hope", "expect", "know", "maintain", "predict",
            "reckon", "agree", "add", "note", "state", "admit", "explain", "conclude", "tell", "confirm", "deny");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SUBJECT_LINKS = Set.of("of", "on", "for", "from", "at", "in", "with", "against", "over", "to", "by");
    private static final Set<String> REASON_CONJUNCTIONS = Set.of("because", "after", "as", "since", "so");
    private static final Set<String> STOP_CONJUNCTIONS = Set.of("that", "which", "who", "whom", "whose", "while", "although",
            "though", "whereas", "if", "unless", "where", "when");

    @Override
    public List<Clause> analyze(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String[] penn = PennTags.of(tokens);
        List<Chunk> chunks = repaired(chunks(chunkers.get().chunk(words, penn)), s, penn);
        boolean[] quoted = quoted(words);
        List<Clause> out = new ArrayList<>();
        Clause previous = null;
        for (int c = 0; c < chunks.size(); c++) {
            Chunk vp = chunks.get(c);
            if (!vp.type().equals("VP") || quoted[vp.from()]) {
                continue;
            }
            VerbGroup verb = verbGroup(s, vp, penn);
            if (verb == null) {
                continue;
            }
            Phrase subject = null;
            boolean shared = false;
            int subjectChunk = subjectChunk(chunks, c, s);
            if (subjectChunk >= 0) {
                int start = extendBack(chunks, subjectChunk, s);
                subject = Phrase.of(Phrase.Kind.SUBJECT, s, chunks.get(start).from(), chunks.get(subjectChunk).to());
                if (penn[subject.from()].startsWith("W")) {
                    continue;
                }
                subjectChunk = start;
            } else if (previous != null && c > 0 && isConjunction(s, chunks.get(c - 1)) && previous.verb().to() <= chunks.get(c - 1).from()) {
                subject = previous.subject();
                shared = true;
                subjectChunk = c;
            } else {
                continue;
            }
            if (subjectChunk > 0 && !shared && chunks.get(subjectChunk - 1).type().equals("PP")
                    && !REASON_CONJUNCTIONS.contains(word(s, chunks.get(subjectChunk - 1).from()))) {
                continue;
            }
            boolean subordinate = subjectChunk > 0 && chunks.get(subjectChunk - 1).type().equals("SBAR")
                    || subjectChunk > 0 && chunks.get(subjectChunk - 1).type().equals("PP")
                            && REASON_CONJUNCTIONS.contains(word(s, chunks.get(subjectChunk - 1).from()));
            int next = c + 1;
            while (next < chunks.size() && chunks.get(next).type().equals("PRT")) {
                next++;
            }
            Phrase object = null;
            if (next < chunks.size()) {
                Chunk k = chunks.get(next);
                if (k.type().equals("NP") && REPORTING.contains(verb.lemma())) {
                    object = Phrase.of(Phrase.Kind.COMPLEMENT, s, k.from(), clauseEnd(words, k.from()));
                    next = chunks.size();
                } else if (k.type().equals("NP") && !(next + 1 < chunks.size() && chunks.get(next + 1).type().equals("VP")
                        && FINITE.contains(penn[chunks.get(next + 1).from()]))) {
                    int end = extendForward(chunks, next, s);
                    object = Phrase.of(Phrase.Kind.OBJECT, s, k.from(), chunks.get(end).to());
                    next = end + 1;
                    // "called the footbridge a lifeline": two noun groups, the object alone would misquote it.
                    if (next < chunks.size() && chunks.get(next).type().equals("NP") && !Times.isTime(s, chunks.get(next).from(), chunks.get(next).to())) {
                        object = Phrase.of(Phrase.Kind.COMPLEMENT, s, k.from(), clauseEnd(words, k.from()));
                        next = chunks.size();
                    }
                } else if (k.type().equals("ADJP") && (next + 1 == chunks.size() || chunks.get(next + 1).type().equals("O"))) {
                    object = Phrase.of(Phrase.Kind.COMPLEMENT, s, k.from(), k.to());
                    next++;
                } else if (k.type().equals("SBAR") && word(s, k.from()).equals("that") || k.type().equals("NP")) {
                    object = Phrase.of(Phrase.Kind.COMPLEMENT, s, k.from(), clauseEnd(words, k.from()));
                    next = chunks.size();
                }
            }
            List<Phrase> adjuncts = new ArrayList<>(insideVerb(s, verb, penn));
            adjuncts.addAll(adjuncts(s, chunks, next, words, penn));
            if (!subordinate && !shared && out.isEmpty() && subjectChunk > 0 && noVerbBefore(chunks, subjectChunk)) {
                adjuncts.addAll(adjuncts(s, chunks.subList(0, subjectChunk), 0, words, penn));
            }
            Clause clause = new Clause(s.index(), subject, verb, object, adjuncts,
                    !subordinate && (out.isEmpty() || shared && previous.main()), shared);
            out.add(clause);
            previous = clause;
        }
        return out;
    }

    private static List<Chunk> chunks(String[] tags) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            String tag = tags[i];
            if (tag.equals("O") || tag.length() < 3) {
                out.add(new Chunk("O", i, i + 1));
                i++;
                continue;
            }
            String type = tag.substring(2);
            int j = i + 1;
            while (j < tags.length && tags[j].equals("I-" + type)) {
                j++;
            }
            out.add(new Chunk(type, i, j));
            i = j;
        }
        return out;
    }

    /**
     * Two mistakes of the chunker on news text: a finite verb swallowed by the noun group before it ("sales rose"),
     * and a possessive split from its owner ("Time Warner" + "'s profits").
     */
    private static List<Chunk> repaired(List<Chunk> chunks, Sentence s, String[] penn) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk k : chunks) {
            Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (k.type().equals("NP") && last != null && last.type().equals("NP") && penn[k.from()].equals("POS")) {
                out.set(out.size() - 1, new Chunk("NP", last.from(), k.to()));
                continue;
            }
            if (k.type().equals("PRT") && last != null && last.type().equals("VP")) {
                out.set(out.size() - 1, new Chunk("VP", last.from(), k.to()));
                continue;
            }
            // "seems certain to end", "is likely to give": one verb group, so its object is the noun group after it.
            if (k.type().equals("VP") && penn[k.from()].equals("TO") && last != null && (last.type().equals("VP")
                    || last.type().equals("ADJP") && out.size() > 1 && out.get(out.size() - 2).type().equals("VP"))) {
                int from = last.type().equals("VP") ? last.from() : out.get(out.size() - 2).from();
                out.remove(out.size() - 1);
                if (!last.type().equals("VP")) {
                    out.remove(out.size() - 1);
                }
                out.add(new Chunk("VP", from, k.to()));
                continue;
            }
            int split = -1;
            if (k.type().equals("NP")) {
                for (int i = k.from() + 1; i < k.to() && split < 0; i++) {
                    if (s.tokens().get(i).hasTag("VERB", "AUX") && FINITE.contains(penn[i]) && penn[i - 1].startsWith("NN")) {
                        split = i;
                    }
                }
            }
            if (split > 0) {
                out.add(new Chunk("NP", k.from(), split));
                out.add(new Chunk("VP", split, k.to()));
            } else {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean[] quoted(String[] words) {
        boolean[] out = new boolean[words.length];
        boolean inside = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) {
                inside = w.equals("\u201c") || (!w.equals("\u201d") && !inside);
            }
            out[i] = inside;
        }
        return out;
    }

    /** A finite verb group: its head the first full verb, or the last auxiliary when there is none ("is"). */
    private static VerbGroup verbGroup(Sentence s, Chunk vp, String[] penn) {
        int first = vp.from();
        while (first < vp.to() && penn[first].equals("RB")) {
            first++;
        }
        if (first == vp.to() || !FINITE.contains(penn[first])) {
            return null;
        }
        List<String> aux = new ArrayList<>();
        boolean negated = false;
        int head = -1;
        for (int i = first; i < vp.to(); i++) {
            Token t = s.tokens().get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                negated = true;
            } else if (t.hasTag("AUX") && head < 0 && i + 1 < vp.to() && !penn[i + 1].equals("TO")) {
                aux.add(t.text());
            } else if ((t.hasTag("VERB") || t.hasTag("AUX")) && head < 0) {
                head = i;
            }
        }
        if (head < 0) {
            if (aux.isEmpty()) {
                return null;
            }
            head = vp.to() - 1;
            while (head > first && !(s.tokens().get(head).hasTag("AUX") || s.tokens().get(head).hasTag("VERB"))) {
                head--;
            }
            aux.remove(aux.size() - 1);
        }
        if (penn[head].equals("MD")) {
            return null;
        }
        String lemma = s.tokens().get(head).lemma().toLowerCase(Locale.ROOT);
        boolean passive = penn[head].equals("VBN") && aux.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.matches("is|are|was|were|be|been|being|get|got|'s|'re"));
        VerbGroup.Tense tense = tense(aux, penn[head], s.tokens().get(head).text());
        return new VerbGroup(vp.from(), vp.to(), head, lemma, tense, aux, negated, passive,
                new org.newsquiz.core.text.Span(s.tokens().get(vp.from()).span().start(), s.tokens().get(vp.to() - 1).span().end()));
    }

    private static VerbGroup.Tense tense(List<String> aux, String headTag, String head) {
        String first = aux.isEmpty() ? head.toLowerCase(Locale.ROOT) : aux.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("will") || first.equals("'ll")) {
            return VerbGroup.Tense.FUTURE;
        }
        if (first.matches("would|could|can|may|might|should|must|shall")) {
            return VerbGroup.Tense.MODAL;
        }
        if (!aux.isEmpty() && first.matches("has|have|had")) {
            return VerbGroup.Tense.PERFECT;
        }
        if (!aux.isEmpty()) {
            return first.matches("was|were|did") ? VerbGroup.Tense.PAST : first.matches("are|do|'re") ? VerbGroup.Tense.PRESENT_PLURAL : VerbGroup.Tense.PRESENT;
        }
        return switch (headTag) {
            case "VBD" -> VerbGroup.Tense.PAST;
            case "VBP" -> VerbGroup.Tense.PRESENT_PLURAL;
            default -> VerbGroup.Tense.PRESENT;
        };
    }

    /** The noun group before the verb group, past adverbs and an apposition set off by commas ("X, NATO's chief,"). */
    private static int subjectChunk(List<Chunk> chunks, int vp, Sentence s) {
        int i = vp - 1;
        while (i >= 0 && chunks.get(i).type().equals("ADVP")) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        if (chunks.get(i).type().equals("NP") && i > 0 && chunks.get(i - 1).type().equals("NP")
                && Times.isTime(s, chunks.get(i).from(), chunks.get(i).to())) {
            i--;
        }
        if (chunks.get(i).type().equals("NP")) {
            return i;
        }
        if (!isComma(s, chunks.get(i))) {
            return -1;
        }
        // An apposition or a relative clause between the sentence's first comma and this one: "Parmalat, the dairy
        // company which went bust, hopes"; the subject is the noun group that opens the sentence.
        int open = -1;
        for (int j = 1; j < i && open < 0; j++) {
            if (isComma(s, chunks.get(j))) {
                open = j;
            }
        }
        return open > 0 && open + 1 < i && chunks.get(open - 1).type().equals("NP") && extendBack(chunks, open - 1, s) == 0
                ? open - 1 : -1;
    }

    private static boolean noVerbBefore(List<Chunk> chunks, int k) {
        for (int j = 0; j < k; j++) {
            if (chunks.get(j).type().equals("VP")) {
                return false;
            }
        }
        return true;
    }

    /** "Russian strikes on Kharkiv", "the leader of the party": a noun group with its prepositional attachments. */
    private static int extendBack(List<Chunk> chunks, int np, Sentence s) {
        int start = np;
        while (start >= 2 && chunks.get(start - 1).type().equals("PP") && chunks.get(start - 2).type().equals("NP")
                && SUBJECT_LINKS.contains(word(s, chunks.get(start - 1).from()))
                && !(start - 2 == 0 && chunks.get(start - 2).to() - chunks.get(start - 2).from() == 1 && s.tokens().get(0).hasTag("PRON"))) {
            start -= 2;
        }
        return start;
    }

    private static int extendForward(List<Chunk> chunks, int np, Sentence s) {
        int end = np;
        while (end + 2 < chunks.size() && chunks.get(end + 1).type().equals("PP") && chunks.get(end + 2).type().equals("NP")
                && word(s, chunks.get(end + 1).from()).equals("of")) {
            end += 2;
        }
        return end;
    }

    /** The end of a reported clause: the sentence's end, or the closing quote or dash before it. */
    private static int clauseEnd(String[] words, int from) {
        int end = words.length;
        while (end > from + 1 && words[end - 1].matches("[.!?\"\u201d\u2019]")) {
            end--;
        }
        return end;
    }

    /** Adverbs inside the verb group ("fraudulently inflated") tell the manner. */
    private static List<Phrase> insideVerb(Sentence s, VerbGroup v, String[] penn) {
        List<Phrase> out = new ArrayList<>();
        for (int i = v.from(); i < v.to(); i++) {
            String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if (penn[i].equals("RB") && w.endsWith("ly") && w.length() > 4) {
                out.add(Phrase.of(Phrase.Kind.MANNER, s, i, i + 1));
            }
        }
        return out;
    }

    /** Time, place, reason, manner and quantity phrases among {@code chunks} from {@code from}, up to the next clause. */
    private static List<Phrase> adjuncts(Sentence s, List<Chunk> chunks, int from, String[] words, String[] penn) {
        List<Phrase> out = new ArrayList<>();
        for (int i = from; i < chunks.size(); i++) {
            Chunk k = chunks.get(i);
            String w = word(s, k.from());
            if (k.type().equals("VP") && FINITE.contains(penn[k.from()])) {
                break;
            }
            if (k.type().equals("SBAR") || k.type().equals("PP") && REASON_CONJUNCTIONS.contains(w) && i + 2 < chunks.size()
                    && chunks.get(i + 1).type().equals("NP") && chunks.get(i + 2).type().equals("VP")) {
                if (REASON_CONJUNCTIONS.contains(w) || w.equals("so")) {
                    int end = phraseEnd(words, k.from());
                    out.add(Phrase.of(Phrase.Kind.REASON, s, k.from(), end));
                }
                break;
            }
            if (k.type().equals("O") && STOP_CONJUNCTIONS.contains(w)) {
                break;
            }
            if (k.type().equals("PP") && i + 1 < chunks.size() && chunks.get(i + 1).type().equals("NP")) {
                Chunk np = chunks.get(i + 1);
                int end = extendForward(chunks, i + 1, s);
                Phrase.Kind kind = prepositional(s, w, k, np, penn);
                if (kind == Phrase.Kind.REASON) {
                    out.add(Phrase.of(kind, s, k.from(), phraseEnd(words, k.from())));
                    break;
                }
                if (kind != null) {
                    out.add(Phrase.of(kind, s, k.from(), chunks.get(end).to()));
                }
                i = end;
            } else if (k.type().equals("NP") && Times.isTime(s, k.from(), k.to())) {
                out.add(Phrase.of(Phrase.Kind.TIME, s, k.from(), k.to()));
            } else if (k.type().equals("ADVP") && w.endsWith("ly") && w.length() > 4 && k.to() - k.from() == 1) {
                out.add(Phrase.of(Phrase.Kind.MANNER, s, k.from(), k.to()));
            }
        }
        return out;
    }

    private static Phrase.Kind prepositional(Sentence s, String prep, Chunk pp, Chunk np, String[] penn) {
        String group = String.join(" ", s.tokens().subList(pp.from(), pp.to()).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList());
        if (group.equals("due to") || group.equals("because of") || group.equals("in response to") || group.equals("owing to")
                || group.equals("thanks to")) {
            return Phrase.Kind.REASON;
        }
        if (Times.isTime(s, np.from(), np.to())) {
            return Phrase.Kind.TIME;
        }
        if (prep.equals("after") || prep.equals("following")) {
            return Phrase.Kind.REASON;
        }
        if (prep.equals("by") && penn[np.from()].equals("VBG")) {
            return Phrase.Kind.MANNER;
        }
        boolean number = false;
        boolean name = false;
        for (int i = np.from(); i < np.to(); i++) {
            number |= penn[i].equals("CD");
            name |= penn[i].equals("NNP");
        }
        if (number && (prep.equals("by") || prep.equals("to") || prep.equals("from") || prep.equals("than"))) {
            return Phrase.Kind.QUANTITY;
        }
        if (name && Set.of("in", "at", "near", "across", "outside", "inside", "throughout").contains(prep)) {
            return Phrase.Kind.PLACE;
        }
        return null;
    }

    /** A subordinate phrase runs to the next comma, dash or the sentence's end. */
    private static int phraseEnd(String[] words, int from) {
        int end = from + 1;
        while (end < words.length && !words[end].matches("[,;:\u2013\u2014]|--|[.!?]")) {
            end++;
        }
        return end;
    }

    private static boolean isComma(Sentence s, Chunk k) {
        return k.type().equals("O") && word(s, k.from()).equals(",");
    }

    private static boolean isConjunction(Sentence s, Chunk k) {
        String w = word(s, k.from());
        return k.to() - k.from() == 1 && (w.equals("and") || w.equals("but"));
    }

    private static String word(Sentence s, int token) {
        return s.tokens().get(token).text().toLowerCase(Locale.ROOT);
    }
}
