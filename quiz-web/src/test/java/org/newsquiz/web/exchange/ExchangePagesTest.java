package org.newsquiz.web.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

@QuarkusTest
class ExchangePagesTest {
    private static Teacher owner;
    private static long setId;

    @Inject
    TestTeachers teachers;
    @Inject
    ExchangeFixture fixture;

    @BeforeEach
    void createTheSetOnce() {
        if (owner == null) {
            owner = teachers.teacher("exchange.pages@school.test");
            setId = fixture.createSet(owner, "Harbour news");
        }
    }

    @Test
    void theSetPageLinksEveryFormatAndListsWhatEachLeavesOut() {
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        assertTrue(browser.page("/teacher/exchange").contains("<a href=\"/teacher/exchange/sets/" + setId
                + "\">Harbour news</a>"));
        String html = browser.page("/teacher/exchange/sets/" + setId);
        for (String format : List.of("gift", "moodle", "qti", "aiken", "json")) {
            assertTrue(html.contains("/teacher/exchange/sets/" + setId + "/export?format=" + format), format);
        }
        assertTrue(html.contains("harbour-news.gift.txt"), html);
        assertTrue(html.contains("<li>sequence: "), html);
        browser.request().get("/teacher/exchange/sets/" + setId + "/export?format=qti").then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"harbour-news.zip\"");
    }

    @Test
    void anUploadWithItsCsrfTokenImportsIntoANewSet() {
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        byte[] gift = TestTeachers.api(owner).queryParam("format", "gift")
                .get("/api/question-sets/" + setId + "/export").asByteArray();
        String token = TestTeachers.Browser.csrfToken(browser.page("/teacher/exchange"));
        List<Long> before = fixture.counts();
        browser.request().multiPart("csrf-token", token).multiPart("format", "gift").multiPart("title", "")
                .multiPart("file", "harbour.gift.txt", gift, "text/plain")
                .post("/teacher/exchange/import").then().statusCode(201)
                .body(containsString("Imported 6 question(s) from the gift file into the new set"))
                .body(containsString(">harbour</a>"));
        assertEquals(List.of(before.get(0) + 6, before.get(1) + 1), fixture.counts());
    }

    @Test
    void aRefusedUploadShowsTheProblemsAndStoresNothing() {
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        String token = TestTeachers.Browser.csrfToken(browser.page("/teacher/exchange"));
        List<Long> before = fixture.counts();
        String aiken = "Which pier?\nA. North\nB. South\nANSWER: A\n\nWhich boat?\nA. Ferry\nANSWER: Z\n";
        browser.request().multiPart("csrf-token", token).multiPart("format", "aiken")
                .multiPart("file", "bad.txt", aiken.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/teacher/exchange/import").then().statusCode(422)
                .body(containsString("nothing was imported"))
                .body(containsString("<td>2</td><td>Which boat?"));
        browser.request().multiPart("csrf-token", token).multiPart("format", "moodle")
                .multiPart("file", "gift.xml", "::not xml:: {=a}".getBytes(StandardCharsets.UTF_8), "text/xml")
                .post("/teacher/exchange/import").then().statusCode(400)
                .body(containsString("The file cannot be imported"));
        assertEquals(before, fixture.counts());
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        browser.page("/teacher/exchange");
        List<Long> before = fixture.counts();
        browser.request().multiPart("format", "json").multiPart("file", "x.json", "[]".getBytes(StandardCharsets.UTF_8))
                .post("/teacher/exchange/import").then().statusCode(400);
        assertEquals(before, fixture.counts());
    }
}
