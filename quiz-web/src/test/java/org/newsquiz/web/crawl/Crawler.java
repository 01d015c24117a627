package org.newsquiz.web.crawl;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor's walk over the site: every same-origin page reachable by links (at most a few of each kind, a kind
 * being the path with its ids blanked), every form on them posted once empty and once with its own values, and
 * what the walk found wrong. Deletions come after the other forms and sign-out forms last, so the walk keeps
 * its items and its session.
 */
final class Crawler {
    static final String MARKER = "Crawled value";
    private static final int PAGES_PER_KIND = 3;
    private static final int MAX_REQUESTS = 400;

    private final String origin;
    private final CookieFilter cookies;
    private final Predicate<String> mayPost;
    private final String who;
    private final Deque<String> pages = new ArrayDeque<>();
    private final Deque<Form> forms = new ArrayDeque<>();
    private final List<Form> signOuts = new ArrayList<>();
    private final List<Form> deletions = new ArrayList<>();
    private final Set<String> seenPages = new HashSet<>();
    private final Set<String> seenForms = new HashSet<>();
    private final Map<String, Integer> pagesOfKind = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    int requests;
    int formsPosted;

    /** A form as found: where it posts, how, and the fields a browser would send. */
    record Form(String page, String action, boolean multipart, Map<String, List<String>> fields, List<String> files,
                Set<String> typed) {
    }

    /** {@code mayPost} decides, by action path, which forms this walk may post (not other tests' data). */
    Crawler(String origin, CookieFilter cookies, Predicate<String> mayPost, String who) {
        this.origin = origin;
        this.cookies = cookies;
        this.mayPost = mayPost;
        this.who = who;
    }

    Crawler from(String... paths) {
        for (String path : paths) {
            enqueuePage(path);
        }
        return this;
    }

    Crawler walk() {
        while (requests < MAX_REQUESTS && (!pages.isEmpty() || !forms.isEmpty())) {
            if (!pages.isEmpty()) {
                visit(pages.pop());
            } else {
                Form form = forms.pop();
                post(form, true);
                post(form, false);
            }
        }
        // Deleting an item ends the forms on it, so deletions come after every other form.
        for (Form deletion : deletions) {
            post(deletion, true);
            post(deletion, false);
        }
        for (Form signOut : signOuts) {
            post(signOut, false);
        }
        return this;
    }

    private void visit(String path) {
        Response response = request().get(path);
        requests++;
        check("GET " + path, response);
        follow(response);
        if (response.statusCode() == 200 && isHtml(response)) {
            read(path, Jsoup.parse(response.asString(), origin + path));
        }
    }

    private void read(String path, Document page) {
        for (Element link : page.select("a[href]")) {
            sameOrigin(link.absUrl("href")).ifPresent(this::enqueuePage);
        }
        for (Element element : page.select("form")) {
            String method = element.attr("method").isEmpty() ? "get" : element.attr("method").toLowerCase();
            var action = sameOrigin(element.absUrl("action").isEmpty() ? origin + path : element.absUrl("action"));
            if (action.isEmpty()) {
                continue;
            }
            if (!"post".equals(method)) {
                enqueuePage(action.get());
                continue;
            }
            Form form = formOf(path, action.get(), element);
            boolean signOut = form.action().startsWith("/logout");
            if (!signOut && !mayPost.test(form.action()) || !seenForms.add(key(form))) {
                continue;
            }
            if (signOut) {
                signOuts.add(form);
            } else if (form.action().endsWith("/delete")) {
                deletions.add(form);
            } else {
                forms.add(form);
            }
        }
    }

    /** Forms of one kind post to the same kind of path with the same fields and the same fixed choices. */
    private static String key(Form form) {
        Map<String, List<String>> fixed = new LinkedHashMap<>(form.fields());
        fixed.remove("csrf-token");
        fixed.keySet().removeAll(form.typed());
        return kind(form.action()) + " " + form.fields().keySet() + fixed + form.files();
    }

    /** The fields a browser sends, empty text filled with a marker, and the first named submit button. */
    private static Form formOf(String page, String action, Element form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        Set<String> typed = new HashSet<>();
        boolean submitter = false;
        for (Element field : form.select("input[name], textarea[name], select[name], button[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase();
            switch (field.tagName()) {
                case "textarea" -> add(fields, typed, name, field.text().isEmpty() ? MARKER : field.text(), true);
                case "select" -> {
                    Element chosen = field.selectFirst("option[selected]");
                    chosen = chosen != null ? chosen : field.selectFirst("option");
                    if (chosen != null) {
                        add(fields, typed, name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text(), false);
                    }
                }
                case "button" -> {
                    if (!submitter && !"button".equals(type) && !"reset".equals(type)) {
                        submitter = true;
                        add(fields, typed, name, field.attr("value"), false);
                    }
                }
                default -> {
                    switch (type) {
                        case "hidden" -> add(fields, typed, name, field.attr("value"), false);
                        case "checkbox", "radio" -> {
                            if (field.hasAttr("checked")) {
                                String value = field.attr("value");
                                add(fields, typed, name, value.isEmpty() ? "on" : value, false);
                            }
                        }
                        case "file" -> files.add(name);
                        case "password", "submit", "button", "reset", "image" -> {
                        }
                        default -> add(fields, typed, name, field.attr("value").isEmpty() ? MARKER : field.attr("value"),
                                true);
                    }
                }
            }
        }
        boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
        return new Form(page, action, multipart, fields, files, typed);
    }

    private static void add(Map<String, List<String>> fields, Set<String> typed, String name, String value,
                            boolean byHand) {
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        if (byHand) {
            typed.add(name);
        }
    }

    /** Posts the form empty (its CSRF token only) or with its own values, as the browser would send them. */
    private void post(Form form, boolean empty) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        form.fields().forEach((name, values) -> {
            if (!empty || name.equals("csrf-token")) {
                sent.put(name, values);
            }
        });
        RequestSpecification request = request();
        if (form.multipart()) {
            sent.forEach((name, values) -> values.forEach(v -> request.multiPart(name, v)));
            for (String file : form.files()) {
                request.multiPart(file, "crawled.txt", (empty ? "" : "Crawled file\n\nA short text.")
                        .getBytes(StandardCharsets.UTF_8), "text/plain");
            }
        } else {
            request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            sent.forEach((name, values) -> request.formParam(name, values.toArray()));
        }
        Response response = request.post(form.action());
        requests++;
        formsPosted++;
        String what = "POST " + form.action() + (empty ? " (empty)" : " (own values)") + " from " + form.page();
        check(what, response);
        follow(response);
        if (!empty && response.statusCode() >= 400 && response.statusCode() < 500) {
            keptInput(what, form, sent, response);
        }
    }

    /** A refused form must come back holding every value typed into it. */
    private void keptInput(String what, Form form, Map<String, List<String>> sent, Response response) {
        Document page = Jsoup.parse(response.asString());
        Set<String> shown = new HashSet<>();
        page.select("input[value]").forEach(e -> shown.add(e.attr("value")));
        page.select("textarea").forEach(e -> shown.add(e.wholeText().strip()));
        for (String name : form.typed()) {
            for (String value : sent.getOrDefault(name, List.of())) {
                if (!shown.contains(value.strip())) {
                    problems.add(who + ": " + what + " answered " + response.statusCode() + " without the value of "
                            + name + ": " + message(page));
                }
            }
        }
    }

    private void check(String what, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            problems.add(who + ": " + what + " answered " + status + " " + message(Jsoup.parse(response.asString())));
            return;
        }
        if (isHtml(response) && status != 204 && (status < 300 || status >= 400)) {
            Document page = Jsoup.parse(response.asString());
            Element h1 = page.selectFirst("h1");
            if (page.title().isBlank() || h1 == null || h1.text().isBlank()) {
                problems.add(who + ": " + what + " answered " + status + " with a page lacking a title or heading");
            }
        }
    }

    private void follow(Response response) {
        if (response.statusCode() >= 300 && response.statusCode() < 400 && response.header("Location") != null) {
            sameOrigin(URI.create(origin + "/").resolve(response.header("Location")).toString())
                    .ifPresent(this::enqueuePage);
        }
    }

    private void enqueuePage(String path) {
        if (path.startsWith("/logout") || !seenPages.add(path)) {
            return;
        }
        int ofKind = pagesOfKind.merge(kind(path), 1, Integer::sum);
        if (ofKind <= PAGES_PER_KIND) {
            pages.add(path);
        }
    }

    /** The path and query of a same-origin address, without its fragment. */
    private java.util.Optional<String> sameOrigin(String address) {
        if (!address.startsWith(origin + "/")) {
            return java.util.Optional.empty();
        }
        String path = address.substring(origin.length());
        int hash = path.indexOf('#');
        return java.util.Optional.of(hash < 0 ? path : path.substring(0, hash));
    }

    /** The path with every segment that holds a digit blanked: pages of one kind differ only by ids and codes. */
    static String kind(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return bare.replaceAll("/[^/]*\\d[^/]*", "/*");
    }

    private RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false).accept("text/html");
    }

    private static boolean isHtml(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("text/html");
    }

    private static String message(Document page) {
        Element problem = page.selectFirst(".problem, [role=alert]");
        return problem != null ? problem.text() : page.title();
    }
}
