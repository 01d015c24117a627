package org.newsquiz.core.cli;

/** The named file or directory cannot be read or holds no usable article. */
final class InputException extends Exception {
    InputException(String message) {
        super(message);
    }
}
