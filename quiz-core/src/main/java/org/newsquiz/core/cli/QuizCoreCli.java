package org.newsquiz.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.article.UnusableArticleException;

/** {@code java -jar quiz-core.jar generate FILE}: prints the question set as JSON. */
public final class QuizCoreCli {
    public static void main(String[] args) {
        if (args.length < 2 || !args[0].equals("generate")) {
            System.err.println("usage: generate FILE");
            System.exit(2);
        }
        try {
            String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
            var set = QuizGenerator.create().generate(ArticleReaders.read(args[1], text), GenerationOptions.DEFAULT);
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(set));
        } catch (IOException | UnusableArticleException e) {
            System.err.println("cannot generate from " + args[1] + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
