package org.newsquiz.web.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

@QuarkusTest
class ExchangeApiTest {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "gift", "text/plain", "moodle", "application/xml", "qti", "application/zip",
            "aiken", "text/plain", "json", "application/json");
    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <quiz><question type="shortanswer"><name><text>leak</text></name>
            <questiontext format="plain_text"><text>&secret;</text></questiontext>
            <answer fraction="100"><text>x</text></answer></question></quiz>
            """;

    private static Teacher owner;
    private static long setId;

    @Inject
    TestTeachers teachers;
    @Inject
    ExchangeFixture fixture;

    @BeforeEach
    void createTheSetOnce() {
        if (owner == null) {
            owner = teachers.teacher("exchange.owner@school.test");
            setId = fixture.createSet(owner, "Ferry strike: the day's events");
        }
    }

    private static Response export(String format) {
        return TestTeachers.api(owner).queryParam("format", format).get("/api/question-sets/" + setId + "/export");
    }

    private static Response importFile(String format, byte[] data) {
        return TestTeachers.api(owner).contentType("application/octet-stream").body(data)
                .queryParam("format", format).post("/api/question-sets/import");
    }

    @Test
    void everyFormatDownloadsAsAnAttachmentOfItsMediaType() {
        for (var format : MEDIA_TYPES.entrySet()) {
            Response response = export(format.getKey());
            assertEquals(200, response.statusCode(), format.getKey());
            assertTrue(response.contentType().startsWith(format.getValue()), response.contentType());
            assertTrue(response.header("Content-Disposition").startsWith(
                    "attachment; filename=\"ferry-strike-the-day-s-events."), response.header("Content-Disposition"));
            assertTrue(response.asByteArray().length > 100, format.getKey());
        }
        assertEquals("1", export("gift").header(ExchangeApi.SKIPPED_HEADER), "ordering has no GIFT form");
        assertEquals("0", export("json").header(ExchangeApi.SKIPPED_HEADER));
        assertEquals("5", export("aiken").header(ExchangeApi.SKIPPED_HEADER), "Aiken carries single answers only");
    }

    @Test
    void qtiIsAZipWithAManifest() throws IOException {
        byte[] zip = export("qti").then().statusCode(200).extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertTrue(names.contains("imsmanifest.xml"), names.toString());
        assertTrue(names.size() > 1, names.toString());
    }

    @Test
    void anUnknownFormatIsRefusedWithTheListOfFormats() {
        export("pdf").then().statusCode(400)
                .body("error", equalTo("Unknown format \"pdf\": use one of gift, moodle, qti, aiken, json."));
        export(null).then().statusCode(400).body("error", startsWith("No format was given"));
        importFile("docx", "x".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("error", containsString("use one of gift, moodle, qti, aiken, json"));
    }

    @Test
    void aJsonExportImportsBackAsTheSameQuestionsInANewSet() {
        byte[] json = export("json").asByteArray();
        List<Long> before = fixture.counts();
        Response created = TestTeachers.api(owner).contentType("application/octet-stream").body(json)
                .queryParam("format", "json").queryParam("filename", "ferry.json")
                .post("/api/question-sets/import");
        created.then().statusCode(201)
                .header("Location", containsString("/api/question-sets/"))
                .body("imported", equalTo(7))
                .body("title", equalTo("ferry"))
                .body("problems", hasSize(0));
        long newSet = created.jsonPath().getLong("questionSetId");
        assertEquals(List.of(before.get(0) + 7, before.get(1) + 1), fixture.counts());
        // The same questions; only the options' order is drawn anew, so that it says nothing about the key.
        assertEquals(unordered(fixture.questionsOf(setId)), unordered(fixture.questionsOf(newSet)));
        QuestionSet stored = fixture.set(newSet);
        assertEquals(owner.id, stored.ownerId);
        assertTrue(stored.questions.stream().allMatch(q -> q.status == QuestionStatus.APPROVED
                && owner.id.equals(q.ownerId)));
    }

    private static List<ExchangeFixture.Stored> unordered(List<ExchangeFixture.Stored> questions) {
        return questions.stream().map(q -> new ExchangeFixture.Stored(q.type(), q.prompt(),
                q.options().stream().sorted().toList(), q.answers())).toList();
    }

    @Test
    void aMoodleExportImportsBackWithPromptsAndAnswers() {
        byte[] xml = export("moodle").asByteArray();
        Response created = TestTeachers.api(owner).contentType("application/octet-stream").body(xml)
                .queryParam("format", "moodle").queryParam("title", "From Moodle").post("/api/question-sets/import");
        created.then().statusCode(201).body("title", equalTo("From Moodle")).body("imported", equalTo(7));
        List<ExchangeFixture.Stored> back = fixture.questionsOf(created.jsonPath().getLong("questionSetId"));
        List<ExchangeFixture.Stored> original = fixture.questionsOf(setId);
        assertEquals(original.stream().map(ExchangeFixture.Stored::prompt).toList(),
                back.stream().map(ExchangeFixture.Stored::prompt).toList());
        for (int i = 0; i < original.size(); i++) {
            if (original.get(i).type() != QuestionType.ORDERING) {
                assertEquals(original.get(i).answers(), back.get(i).answers(), original.get(i).prompt());
            }
        }
    }

    @Test
    void aFileWithABadItemIsRefusedWholeWithEachProblemsPosition() {
        String aiken = """
                Which port did the ferry leave from?
                A. Calais
                B. Dunkirk
                ANSWER: A

                Which day did the strike end?
                A. Friday
                B. Saturday
                ANSWER: D
                """;
        List<Long> before = fixture.counts();
        importFile("aiken", aiken.getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("imported", equalTo(0))
                .body("error", containsString("nothing was imported"))
                .body("problems", hasSize(1))
                .body("problems[0].position", equalTo(2))
                .body("problems[0].reason", containsString("D"));
        assertEquals(before, fixture.counts());
    }

    @Test
    void badFilesAreRefusedWithAMessageAndStoreNothing() {
        List<Long> before = fixture.counts();
        byte[] gift = export("gift").asByteArray();
        importFile("moodle", gift).then().statusCode(400).body("error", startsWith("The file cannot be imported"));
        importFile("qti", gift).then().statusCode(400);
        byte[] qti = export("qti").asByteArray();
        importFile("qti", Arrays.copyOf(qti, qti.length / 2)).then().statusCode(400);
        byte[] json = export("json").asByteArray();
        importFile("json", Arrays.copyOf(json, json.length / 2)).then().statusCode(400);
        byte[] moodle = export("moodle").asByteArray();
        importFile("moodle", Arrays.copyOf(moodle, moodle.length - 40)).then().statusCode(400);
        importFile("moodle", XXE.getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("error", containsString("DOCTYPE"))
                .body("error", not(containsString("root:")));
        importFile("gift", new byte[0]).then().statusCode(400);
        importFile("gift", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}).then().statusCode(400);
        assertEquals(before, fixture.counts());
    }

    @Test
    void filesOverFiveMegabytesAreTooLarge() {
        List<Long> before = fixture.counts();
        byte[] justOver = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(justOver, (byte) 'a');
        importFile("gift", justOver).then().statusCode(413).body("error", containsString("5 MB"));
        assertEquals(before, fixture.counts());
    }

    @Test
    void importsMustBeSentAsOctetStream() {
        TestTeachers.api(owner).contentType("text/plain").body("x").queryParam("format", "gift")
                .post("/api/question-sets/import").then().statusCode(415);
    }

    @Test
    void theOpenApiDocumentDescribesExportImportAndResults() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/question-sets/{id}/export'.get.parameters.name", hasItem("format"))
                .body("paths.'/api/question-sets/import'.post.requestBody.content", hasKey(
                        "application/octet-stream"))
                .body("paths.'/api/question-sets/import'.post.responses", hasKey("422"))
                .body("paths.'/api/quizzes/{id}/results'.get.summary", containsString("facility"))
                .body("paths.'/api/quizzes/{id}/results.csv'.get.responses.'200'.content",
                        hasKey("text/csv; charset=UTF-8"));
    }

    @Test
    void onlyTheOwnerExportsAndOnlyTeachersImport() {
        Teacher other = teachers.teacher("exchange.other@school.test");
        TestTeachers.api(other).queryParam("format", "json").get("/api/question-sets/" + setId + "/export")
                .then().statusCode(403).body("error", equalTo("This question set belongs to another teacher."));
        TestTeachers.api(owner).queryParam("format", "json").get("/api/question-sets/987654321/export")
                .then().statusCode(404);
        given().redirects().follow(false).queryParam("format", "json")
                .get("/api/question-sets/" + setId + "/export").then().statusCode(401);
        given().redirects().follow(false).contentType("application/octet-stream").body(new byte[] {1})
                .queryParam("format", "json").post("/api/question-sets/import").then().statusCode(401);
    }
}
