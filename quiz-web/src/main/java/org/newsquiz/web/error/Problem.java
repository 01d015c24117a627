package org.newsquiz.web.error;

import jakarta.ws.rs.core.Response.Status;

/** A request the platform refuses, with the status and the message the user sees. */
public class Problem extends RuntimeException {
    private final int status;

    public Problem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static Problem notFound(String message) {
        return new Problem(Status.NOT_FOUND.getStatusCode(), message);
    }

    public static Problem badRequest(String message) {
        return new Problem(Status.BAD_REQUEST.getStatusCode(), message);
    }

    public static Problem forbidden(String message) {
        return new Problem(Status.FORBIDDEN.getStatusCode(), message);
    }

    public static Problem conflict(String message) {
        return new Problem(Status.CONFLICT.getStatusCode(), message);
    }

    public static Problem gone(String message) {
        return new Problem(Status.GONE.getStatusCode(), message);
    }

    public int status() {
        return status;
    }
}
