package org.newsquiz.web.teacher;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Accounts for tests, created through the service once and reused by every test class. */
@ApplicationScoped
public class TestTeachers {
    public static final String PASSWORD = "correct horse battery";

    @Inject
    AccountService accounts;

    @Transactional
    public Teacher ensure(String email, String role) {
        Teacher existing = Teacher.findByEmail(email);
        return existing != null ? existing : accounts.create(email, email.substring(0, email.indexOf('@')), PASSWORD, role);
    }

    public Teacher teacher(String email) {
        return ensure(email, Teacher.Role.TEACHER);
    }

    /** A request authenticated with HTTP Basic, as an API client sends it: JSON, no cookie, no CSRF token. */
    public static RequestSpecification api(Teacher teacher) {
        return given().auth().preemptive().basic(teacher.email, PASSWORD).redirects().follow(false)
                .contentType(io.restassured.http.ContentType.JSON);
    }

    /** Signs in through the login form, with its CSRF token, and returns a session whose cookies persist. */
    public static Browser signIn(Teacher teacher) {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).get("/login").then().statusCode(200).extract().asString();
        Response login = given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", teacher.email).formParam("j_password", PASSWORD)
                .formParam("csrf-token", Browser.csrfToken(form))
                .post("/j_security_check");
        if (login.statusCode() != 302 || !login.header("Location").endsWith("/teacher")) {
            throw new AssertionError("sign-in refused: " + login.statusCode() + " " + login.header("Location"));
        }
        return new Browser(cookies);
    }

    /** A signed-in browser: keeps cookies and reads the CSRF token from each form it loads. */
    public record Browser(CookieFilter cookies) {
        public RequestSpecification request() {
            return given().filter(cookies).redirects().follow(false);
        }

        /** The session cookie's value, as someone who copied it would hold it. */
        public String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("newsquiz-session"))
                    .findFirst().orElseThrow(() -> new AssertionError("no session cookie")).getValue();
        }

        public String page(String path) {
            return request().get(path).then().statusCode(200).extract().asString();
        }

        public RequestSpecification form(String pageWithForm) {
            return request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrfToken(page(pageWithForm)));
        }

        public static String csrfToken(String html) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
            if (!m.find()) {
                throw new AssertionError("no CSRF token on the page");
            }
            return m.group(1);
        }
    }
}
