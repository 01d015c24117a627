package org.newsquiz.core.facts;

/**
 * A run of tokens {@code [from, to)} of one sentence recognised as one thing: a listed phrase
 * ({@code entry} set) or a capitalised name ({@code entry} null).
 */
record Chunk(int sentence, int from, int to, String text, Lexicon.Entry entry) {
    boolean isName() {
        return entry == null;
    }

    boolean is(Lexicon.Kind kind) {
        return entry != null && entry.kind() == kind;
    }
}
