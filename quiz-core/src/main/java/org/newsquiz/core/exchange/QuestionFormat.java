package org.newsquiz.core.exchange;

/** A file format questions travel in; a format writes, reads, or both ({@link QuestionWriter}, {@link QuestionReader}). */
public interface QuestionFormat {
    /** The short name used in URLs and on the command line: gift, moodle, qti, aiken, json. */
    String name();

    /** The media type of a file in this format, for HTTP responses. */
    String mediaType();

    /** The file name extension without the dot. */
    String fileExtension();
}
