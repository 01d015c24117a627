package org.newsquiz.core.cli;

import org.newsquiz.core.question.QuestionSet;

/** Turns a question set into the complete text printed by {@code generate}. */
interface QuestionSetRenderer {
    String render(QuestionSet set);
}
