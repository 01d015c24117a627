package org.newsquiz.web.hostile;

import java.util.function.Supplier;
import io.restassured.response.Response;

/**
 * One malformed or hostile request: the route it attacks as the OpenAPI document names it ({@code "post
 * /api/attempts"}), what is wrong with it, and how to send it.
 */
record Hostile(String route, String what, Supplier<Response> send) {

    String method() {
        return route.substring(0, route.indexOf(' '));
    }

    String path() {
        return route.substring(route.indexOf(' ') + 1);
    }

    @Override
    public String toString() {
        return route + " — " + what;
    }
}
