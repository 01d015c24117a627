package org.newsquiz.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Refusals made without a body by the framework's own filters (a form without its CSRF token, a page for
 * administrators only) get the same message as every other refusal.
 */
public class EmptyRefusals {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || response.hasEntity()) {
            return;
        }
        String message = switch (status) {
            case 400 -> "The form could not be accepted: reload the page and send it again.";
            case 401 -> "Sign in first.";
            case 403 -> "You may not do this.";
            default -> "The request was refused.";
        };
        var refusal = ProblemMappers.response(status, message, request).build();
        response.setEntity(refusal.getEntity(), null, refusal.getMediaType());
    }
}
