package org.newsquiz.core.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas of verbs and nouns, one word at a time, remembered across articles. Lemmatising whole
 * sentences with the beam search costs several milliseconds per sentence; content words are what
 * the question stages need, and a word-and-tag key gives the same lemma every time.
 */
final class LemmaCache {
    private static final int MAX_ENTRIES = 100_000;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String lemma(LemmatizerME lemmatizer, String word, String tag) {
        if (!tag.equals("VERB") && !tag.equals("AUX") && !tag.equals("NOUN")) {
            return word.toLowerCase(Locale.ROOT);
        }
        String key = tag + ' ' + word;
        String known = cache.get(key);
        if (known != null) {
            return known;
        }
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
        if (lemma == null || lemma.isEmpty() || lemma.equals("O")) {
            lemma = word.toLowerCase(Locale.ROOT);
        }
        if (cache.size() < MAX_ENTRIES) {
            cache.put(key, lemma);
        }
        return lemma;
    }
}
