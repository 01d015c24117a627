package org.newsquiz.core.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bounds on imported files, so a hostile upload costs little memory and time. */
public final class InputLimits {
    /** Largest file, and largest single entry of a package, accepted for import. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    /** Largest sum of uncompressed entry sizes of a package. */
    public static final long MAX_PACKAGE_BYTES = 20L * 1024 * 1024;
    /** Most entries a package may hold. */
    public static final int MAX_PACKAGE_ENTRIES = 2_000;

    private InputLimits() {
    }

    /** Refuses empty and oversized input before any parsing. */
    static void checkSize(byte[] data, String formatName) throws ExchangeException {
        if (data == null || data.length == 0) {
            throw new ExchangeException("the " + formatName + " file is empty");
        }
        if (data.length > MAX_FILE_BYTES) {
            throw new ExchangeException("the " + formatName + " file is larger than "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
    }

    /** Decodes strict UTF-8 (a byte order mark is dropped) with line ends made {@code \n}. */
    static String text(byte[] data, String formatName) throws ExchangeException {
        checkSize(data, formatName);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeException("the " + formatName + " file is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ExchangeException("the " + formatName + " file is binary, not text");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ExchangeException("the " + formatName + " file is empty");
        }
        return text;
    }
}
