package org.newsquiz.core.exchange;

import java.util.Objects;

/**
 * An item of an imported file that did not become a question.
 *
 * @param position the item's 1-based position among the file's items
 * @param item     the item's name or the start of its text, to find it in the file
 * @param reason   one line saying what is wrong
 */
public record ImportProblem(int position, String item, String reason) {
    public ImportProblem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "item " + position + " (" + item + "): " + reason;
    }
}
