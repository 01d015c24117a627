package org.newsquiz.core.cli;

import java.io.PrintStream;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.QuestionSet;

/** {@code generate FILE}: drafts the questions of one article and prints them in the chosen format. */
final class GenerateCommand {
    private final GenerateArguments arguments;

    GenerateCommand(GenerateArguments arguments) {
        this.arguments = arguments;
    }

    int run(PrintStream out) throws InputException {
        Article article = ArticleFiles.read(arguments.file());
        QuestionSet set;
        try {
            set = QuizGenerator.create().generate(article, arguments.options());
        } catch (UnusableArticleException e) {
            throw new InputException("cannot use " + arguments.file() + ": " + e.getMessage());
        }
        out.print(arguments.format().renderer().render(set));
        out.flush();
        return QuizCoreCli.OK;
    }
}
