package org.newsquiz.web.attempt;

/** A run of article text in a review passage; {@code marked} runs are the evidence the answer rests on. */
public record Segment(String text, boolean marked) {
}
