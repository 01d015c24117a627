package org.newsquiz.web.error;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A refused form comes back holding what was typed into it. When a page answers a form post with a 4xx and draws
 * the form again without any of the values sent, they are put back into its fields (never passwords, hidden fields
 * or files), so a validation message never costs the user their text.
 */
public class RefusedForms {
    private static final Set<String> NOT_REFILLED = Set.of("hidden", "password", "file", "submit", "button", "reset",
            "image");

    private static final String SENT = "newsquiz.form-sent";

    /** Keeps the text fields of a form post for {@link #refill}: response filters no longer see the form. */
    @ServerRequestFilter
    @WithFormRead
    public void keep(ResteasyReactiveContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && !request.getUriInfo().getPath().startsWith("/api/")
                && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext server
                && server.getFormData() != null) {
            request.setProperty(SENT, typed(server.getFormData()));
        }
    }

    @ServerResponseFilter
    @SuppressWarnings("unchecked")
    public void refill(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || !response.hasEntity() || !(request.getProperty(SENT) instanceof Map<?, ?>)
                || !(response.getMediaType() == null ? response.getEntity() instanceof TemplateInstance
                        : MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType()))) {
            return;
        }
        Object entity = response.getEntity();
        String html = entity instanceof TemplateInstance page ? page.render()
                : entity instanceof String text ? text : null;
        if (html == null) {
            return;
        }
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        Map<String, List<String>> sent = (Map<String, List<String>>) request.getProperty(SENT);
        boolean changed = false;
        for (Element form : page.select("form[method=post]")) {
            if (form.attr("action").equals(request.getUriInfo().getPath()) && lost(form, sent)) {
                fill(form, sent);
                changed = true;
            }
        }
        if (changed || entity instanceof TemplateInstance) {
            response.setEntity(changed ? page.outerHtml() : html, new Annotation[0],
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private static Map<String, List<String>> typed(FormData form) {
        Map<String, List<String>> values = new HashMap<>();
        for (String name : form) {
            values.put(name, form.get(name).stream().filter(v -> !v.isFileItem()).map(FormValue::getValue).toList());
        }
        return values;
    }

    /** Whether the form shows none of the text sent to it: it was drawn again as new. */
    private static boolean lost(Element form, Map<String, List<String>> sent) {
        boolean anyText = false;
        for (Element field : form.select("input[name], textarea[name]")) {
            if (NOT_REFILLED.contains(field.attr("type").toLowerCase()) || isChoice(field)) {
                continue;
            }
            List<String> values = sent.getOrDefault(field.attr("name"), List.of());
            if (values.stream().anyMatch(v -> !v.isBlank())) {
                anyText = true;
                String shown = "textarea".equals(field.tagName()) ? field.wholeText() : field.attr("value");
                if (values.contains(shown)) {
                    return false;
                }
            }
        }
        return anyText;
    }

    private static void fill(Element form, Map<String, List<String>> sent) {
        Map<String, Deque<String>> left = new HashMap<>();
        sent.forEach((name, values) -> left.put(name, new ArrayDeque<>(values)));
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase();
            if (NOT_REFILLED.contains(type)) {
                continue;
            }
            List<String> values = sent.getOrDefault(name, List.of());
            if (isChoice(field)) {
                field.attr("checked", values.contains(field.attr("value").isEmpty() ? "on" : field.attr("value")));
            } else if ("select".equals(field.tagName())) {
                field.select("option").forEach(option -> option.attr("selected",
                        values.contains(option.hasAttr("value") ? option.attr("value") : option.text())));
            } else if (left.containsKey(name) && !left.get(name).isEmpty()) {
                String value = left.get(name).poll();
                if ("textarea".equals(field.tagName())) {
                    field.text(value);
                } else {
                    field.attr("value", value);
                }
            }
        }
    }

    private static boolean isChoice(Element field) {
        String type = field.attr("type").toLowerCase();
        return "input".equals(field.tagName()) && ("checkbox".equals(type) || "radio".equals(type));
    }
}
