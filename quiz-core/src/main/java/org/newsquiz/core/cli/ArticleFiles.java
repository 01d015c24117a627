package org.newsquiz.core.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.article.UnusableArticleException;

/** Reads an article file from disk, turning every way it can be unusable into an {@link InputException}. */
final class ArticleFiles {
    /** Far beyond any news article; keeps a mistaken argument (a log, a dump) from exhausting memory. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm");

    private ArticleFiles() {
    }

    /** Whether a directory entry looks like an article the readers understand, by its name. */
    static boolean isArticleFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1)) && Files.isRegularFile(path);
    }

    static Article read(Path path) throws InputException {
        String text = readText(path);
        try {
            return ArticleReaders.read(path.getFileName().toString(), text);
        } catch (UnusableArticleException e) {
            throw new InputException("cannot use " + path + ": " + e.getMessage());
        }
    }

    private static String readText(Path path) throws InputException {
        if (Files.isDirectory(path)) {
            throw new InputException(path + " is a directory, not an article file");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(path + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB, too large for an article");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + path);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage());
        }
        String text = decode(path, bytes);
        if (text.indexOf('\0') >= 0) {
            throw new InputException(path + " is binary data, not a text article");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(Path path, byte[] bytes) throws InputException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(path + " is not UTF-8 text");
        }
    }
}
