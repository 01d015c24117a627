package org.newsquiz.web.hostile;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.newsquiz.web.teacher.TestTeachers;

/** Builds the table of hostile requests: the requests common to every endpoint of a kind, and the ways to send. */
abstract class Attacks {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String JSON = "application/json";

    final Known known;
    private final List<Hostile> table = new ArrayList<>();

    Attacks(Known known) {
        this.known = known;
    }

    abstract void build();

    List<Hostile> all() {
        build();
        return table;
    }

    void add(String route, String what, Supplier<Response> send) {
        table.add(new Hostile(route, what, send));
    }

    static RequestSpecification anyone() {
        return given().redirects().follow(false);
    }

    RequestSpecification withToken() {
        return anyone().header("X-Attempt-Token", known.token());
    }

    /** A student's form post with a valid CSRF cookie and token. */
    RequestSpecification studentForm() {
        return anyone().cookie("newsquiz-csrf", known.studentCsrfCookie()).contentType(FORM)
                .formParam("csrf-token", known.studentCsrf());
    }

    RequestSpecification ownerApi() {
        return anyone().auth().preemptive().basic(known.ownerEmail(), TestTeachers.PASSWORD);
    }

    /** The teacher API as its clients call it: JSON, HTTP Basic. */
    RequestSpecification ownerJson() {
        return ownerApi().contentType(JSON);
    }

    RequestSpecification intruderApi() {
        return anyone().auth().preemptive().basic(known.intruderEmail(), TestTeachers.PASSWORD);
    }

    RequestSpecification ownerPage() {
        return known.owner().request();
    }

    RequestSpecification ownerForm() {
        return known.owner().request().contentType(FORM).formParam("csrf-token", known.ownerCsrf());
    }

    RequestSpecification intruderForm() {
        return known.intruder().request().contentType(FORM).formParam("csrf-token", known.intruderCsrf());
    }

    /** The same form without its CSRF token, as a forged cross-site post would be. */
    RequestSpecification ownerFormWithoutToken() {
        return known.owner().request().contentType(FORM);
    }

    /** Bodies no JSON endpoint may take, sent with {@code method} to {@code url}. */
    void jsonAttacks(String route, String url, Supplier<RequestSpecification> spec) {
        String method = route.substring(0, route.indexOf(' ')).toUpperCase();
        jsonBody(route, "malformed JSON", url, spec, method, Payloads.utf8("{\"code\": \"AB"));
        jsonBody(route, "an array instead of an object", url, spec, method, Payloads.utf8("[1,2,3]"));
        jsonBody(route, "every field of the wrong type", url, spec, method, Payloads.utf8(Payloads.wrongTypes()));
        jsonBody(route, "JSON null", url, spec, method, Payloads.utf8("null"));
        jsonBody(route, "arrays nested 5000 deep", url, spec, method, Payloads.deepJson(5000));
        jsonBody(route, "objects nested 3000 deep", url, spec, method,
                Payloads.utf8("{\"title\":".repeat(3000) + "1" + "}".repeat(3000)));
        jsonBody(route, "invalid UTF-8", url, spec, method, Payloads.invalidUtf8Json());
        jsonBody(route, "NUL characters in the strings", url, spec, method, Payloads.utf8(
                "{\"code\":\"A\\u0000B\",\"name\":\"x\\u0000\",\"title\":\"t\\u0000\",\"text\":\"a\\u0000b\","
                        + "\"prompt\":\"p\\u0000\",\"answer\":[\"\\u0000\"],\"options\":[\"\\u0000\"]}"));
        add(route, "a body over the server's size limit", () -> oversized(spec.get()).contentType(JSON)
                .body(Payloads.hugeJson("text", Payloads.OVER_SERVER_LIMIT)).request(method, url));
        add(route, "JSON sent as text/plain", () -> spec.get().contentType("text/plain")
                .body("{\"code\":\"ABC\"}").request(method, url));
        add(route, "XML instead of JSON", () -> spec.get().contentType("application/xml")
                .body("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
                .request(method, url));
        add(route, "a form instead of JSON", () -> spec.get().contentType(FORM).body("code=ABC&name=x")
                .request(method, url));
    }

    void jsonBody(String route, String what, String url, Supplier<RequestSpecification> spec, String method,
                  byte[] body) {
        add(route, what, () -> spec.get().contentType(JSON).body(body).request(method, url));
    }

    /**
     * A body the server refuses by its declared length: sent after "Expect: 100-continue", as large uploads are,
     * so the refusal arrives before the client has written what the server will not read.
     */
    static RequestSpecification oversized(RequestSpecification request) {
        return request.config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.protocol.expect-continue", true)));
    }

    /** Ids that are not numbers, negative, beyond a long, an injection and a path, in {@code url}'s %s. */
    void idAttacks(String route, String url, Supplier<RequestSpecification> spec) {
        String method = route.substring(0, route.indexOf(' ')).toUpperCase();
        for (String id : Payloads.GARBAGE_IDS) {
            add(route, "the id \"" + id + "\"", () -> spec.get().request(method, url.formatted(id)));
        }
        add(route, "an id that does not exist", () -> spec.get().request(method, url.formatted("987654321")));
    }

    /** Asking a page or list for formats it does not produce. */
    void acceptAttacks(String route, Supplier<RequestSpecification> spec) {
        String method = route.substring(0, route.indexOf(' ')).toUpperCase();
        String path = route.substring(route.indexOf(' ') + 1);
        for (String accept : List.of("application/xml", "image/png", "application/x-java-serialized-object")) {
            add(route, "Accept: " + accept, () -> spec.get().accept(accept).request(method, path));
        }
    }

    /** Form bodies that cannot be decoded or that are not forms at all. */
    void formAttacks(String route, String url, Supplier<RequestSpecification> signedIn) {
        String method = route.substring(0, route.indexOf(' ')).toUpperCase();
        add(route, "no CSRF token", () -> signedIn.get().contentType(FORM).body("title=x&text=y&code=ABC")
                .request(method, url));
        add(route, "invalid percent escapes", () -> signedIn.get().contentType(FORM).body("a=%zz&b=%C3%28&c=%")
                .request(method, url));
        add(route, "JSON instead of a form", () -> signedIn.get().contentType(JSON).body("{\"title\":\"x\"}")
                .request(method, url));
        add(route, "a broken multipart body", () -> signedIn.get()
                .contentType("multipart/form-data; boundary=xyz")
                .body(Payloads.utf8("--xyz\r\nContent-Disposition: form-da")).request(method, url));
        add(route, "a form over the server's size limit", () -> oversized(signedIn.get()).contentType(FORM)
                .body("title=" + "a".repeat(Payloads.OVER_SERVER_LIMIT)).request(method, url));
    }
}
