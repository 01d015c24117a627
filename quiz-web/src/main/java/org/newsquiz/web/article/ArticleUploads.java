package org.newsquiz.web.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.web.error.Problem;

/** The limits on an article a teacher pastes or uploads, each refused with a message saying what to do. */
public final class ArticleUploads {
    public static final int MAX_BYTES = 200 * 1024;
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    private ArticleUploads() {
    }

    /** Decodes an uploaded file as UTF-8 text after checking its name, size and that it is not binary. */
    public static String decode(String fileName, byte[] bytes) {
        checkExtension(fileName);
        if (bytes.length > MAX_BYTES) {
            throw Problem.badRequest("The file is larger than 200 KB; paste the article's text instead.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("The file is not UTF-8 text; save it as text and upload it again.");
        }
        checkText(text);
        return text;
    }

    /** A file's own name, as browsers send it: a path, or control characters, mean a forged name. */
    public static void checkExtension(String fileName) {
        if (fileName != null && !plainName(fileName)) {
            throw Problem.badRequest("Upload a file by its own name, without folders or control characters.");
        }
        if (!EXTENSIONS.contains(extension(fileName))) {
            throw Problem.badRequest("Upload a .txt, .md or .html file; \"" + fileName + "\" is not one.");
        }
    }

    /** Refuses empty text, text over the size limit and binary content (control characters other than layout). */
    public static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("The article is empty.");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw Problem.badRequest("The article is longer than 200 KB.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw Problem.badRequest("The article contains binary data, not text.");
        }
    }

    public static boolean plainName(String fileName) {
        return !fileName.contains("/") && !fileName.contains("\\") && !fileName.startsWith("..")
                && fileName.chars().noneMatch(Character::isISOControl);
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
