package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.List;

/** The order items are shown in when a file gives only the correct order. */
final class OrderingPresentation {
    private OrderingPresentation() {
    }

    /** Rotating by one puts every item out of its correct place, deterministically. */
    static List<String> scrambled(List<String> correctOrder) {
        if (correctOrder.size() < 2) {
            return correctOrder;
        }
        var items = new ArrayList<>(correctOrder.subList(1, correctOrder.size()));
        items.add(correctOrder.get(0));
        return items;
    }
}
