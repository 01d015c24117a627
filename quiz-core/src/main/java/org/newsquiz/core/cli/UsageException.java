package org.newsquiz.core.cli;

/** The command line itself is wrong: unknown command or option, missing or malformed value. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
