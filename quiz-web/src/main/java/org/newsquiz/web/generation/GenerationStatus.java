package org.newsquiz.web.generation;

/** Where one article of a drafting batch stands. */
public enum GenerationStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
