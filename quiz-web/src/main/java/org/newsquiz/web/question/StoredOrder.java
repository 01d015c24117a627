package org.newsquiz.web.question;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/**
 * The order a question's options are stored in, and shown in when a quiz does not shuffle: whatever order the
 * generator or an imported file gave (right answer first, matching items beside their partners, an ordering in
 * order) is replaced by one keyed by a secret seed, so the stored order says nothing about the key. Each option is
 * placed by SHA-256 of the seed, the question and the option: every order is equally likely, the same seed gives
 * the same order again, and without the seed nothing predicts it. True/false keeps "True, False".
 */
public final class StoredOrder {
    private static final SecureRandom SEEDS = new SecureRandom();

    private StoredOrder() {
    }

    /** For questions that come with no seed of their own (an imported file). */
    public static Question shuffled(Question question) {
        return shuffled(question, SEEDS.nextLong());
    }

    public static Question shuffled(Question question, long seed) {
        if (question.type() == QuestionType.TRUE_FALSE || question.options().size() < 2) {
            return question;
        }
        List<String> options = question.options().stream()
                .map(option -> new Keyed(key(seed, String.valueOf(question.id()), option), option))
                .sorted(Comparator.comparing(Keyed::key, Arrays::compareUnsigned)).map(Keyed::option).toList();
        return new Question(question.id(), question.type(), question.prompt(), options, question.answers(),
                question.explanation(), question.evidence(), question.difficulty(), question.tags(),
                question.tolerance());
    }

    private record Keyed(byte[] key, String option) {
    }

    private static byte[] key(long seed, String questionId, String option) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            sha.update(questionId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(option.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
