package org.newsquiz.web.hostile;

import static org.newsquiz.web.hostile.Payloads.json;
import static org.newsquiz.web.hostile.Payloads.quoted;

/** Hostile requests to the teacher API: articles, questions, question sets, quizzes, results, import and export. */
final class TeacherApiAttacks extends Attacks {

    TeacherApiAttacks(Known known) {
        super(known);
    }

    @Override
    void build() {
        acceptAttacks("get /api/articles", this::ownerApi);
        acceptAttacks("get /api/question-sets", this::ownerApi);
        acceptAttacks("get /api/quizzes", this::ownerApi);
        add("get /api/articles", "the right Basic password after six wrong ones in a row", () -> {
            for (int guess = 0; guess < 6; guess++) {
                anyone().header("X-Forwarded-For", "198.51.100.62").auth().preemptive()
                        .basic("hostile-api-guessed@school.test", "guess number " + guess).get("/api/articles");
            }
            return anyone().header("X-Forwarded-For", "198.51.100.62").auth().preemptive()
                    .basic("hostile-api-guessed@school.test", "correct horse battery").get("/api/articles");
        });
        add("post /api/articles", "JSON with a teacher's session cookie and Basic but no CSRF token", () ->
                ownerJson().cookie("newsquiz-session", known.owner().sessionCookie())
                        .body("{\"title\":\"T\",\"text\":\"Some text.\"}").post("/api/articles"));
        articles();
        questions();
        sets();
        quizzes();
        results();
        exchange();
    }

    private void articles() {
        String add = "post /api/articles";
        jsonAttacks(add, "/api/articles", this::ownerApi);
        article(add, "a path as the file name", json("text", quoted("A real text."), "fileName", quoted(Payloads.TRAVERSAL + ".txt")));
        article(add, "a Windows path as the file name", json("text", quoted("A real text."), "fileName",
                quoted("..\\..\\windows\\win.ini.md")));
        article(add, "an executable file name", json("text", quoted("A real text."), "fileName", quoted("run.exe")));
        article(add, "binary text", json("text", quoted("\u0001\u0002\u0003 binary"), "fileName", quoted("a.txt")));
        article(add, "empty text", json("text", quoted("   "), "title", quoted(Payloads.SQL)));
        article(add, "a title of 600 characters", json("text", quoted("Some text here."), "title", quoted("t".repeat(600))));
        article(add, "a text over 200 KB", json("text", quoted("word ".repeat(50_000))));

        String generate = "post /api/articles/{id}/generate";
        add(generate, "another teacher's article", () -> intruderApi().contentType(JSON)
                .post("/api/articles/" + known.articleId() + "/generate"));
        add(generate, "an undecodable form body", () -> ownerApi().contentType(FORM).body("x=%zz")
                .post("/api/articles/" + known.articleId() + "/generate"));
        idAttacks(generate, "/api/articles/%s/generate", this::ownerJson);

        String batch = "post /api/articles/generate";
        jsonAttacks(batch, "/api/articles/generate", this::ownerApi);
        batch(batch, "no articles", json("articleIds", "[]"));
        batch(batch, "an article that does not exist", json("articleIds", "[987654321]"));
        batch(batch, "ids that are not numbers", json("articleIds", "[\"1 OR 1=1\"]"));
        batch(batch, "a null id", json("articleIds", "[null]"));
        batch(batch, "more articles than a batch takes", json("articleIds", java.util.stream.LongStream
                .rangeClosed(known.articleId(), known.articleId() + 60).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"))));
        add(batch, "another teacher's article", () -> intruderApi().contentType(JSON)
                .body(json("articleIds", "[" + known.articleId() + "]")).post("/api/articles/generate"));
        String progress = "get /api/articles/batches/{id}";
        idAttacks(progress, "/api/articles/batches/%s", this::ownerApi);

        String list = "get /api/articles/{id}/questions";
        add(list, "another teacher's article", () -> intruderApi().get("/api/articles/" + known.articleId() + "/questions"));
        idAttacks(list, "/api/articles/%s/questions", this::ownerApi);

        String write = "post /api/articles/{id}/questions";
        String url = "/api/articles/" + known.articleId() + "/questions";
        jsonAttacks(write, url, this::ownerApi);
        question(write, url, "an unknown question type", json("type", quoted("ESSAY"), "prompt", quoted("Why?")));
        question(write, url, "a difficulty beyond a double", choice("\"difficulty\":1e999"));
        question(write, url, "a negative difficulty", choice("\"difficulty\":-3"));
        question(write, url, "a negative tolerance", choice("\"tolerance\":-1"));
        question(write, url, "a prompt of 3000 characters", json("type", quoted("MULTIPLE_CHOICE"), "prompt",
                quoted("p".repeat(3000)), "options", "[\"a\",\"b\"]", "answers", "[\"a\"]"));
        question(write, url, "one option only", json("type", quoted("MULTIPLE_CHOICE"), "prompt", quoted("Pick"),
                "options", "[\"a\"]", "answers", "[\"a\"]"));
        add(write, "another teacher's article", () -> intruderApi().contentType(JSON).body(choice(""))
                .post(url));
        idAttacks(write, "/api/articles/%s/questions", () -> ownerJson().body(choice("")));
    }

    private static String choice(String extra) {
        return "{\"type\":\"MULTIPLE_CHOICE\",\"prompt\":\"Which one?\",\"options\":[\"Alpha\",\"Beta\"],"
                + "\"answers\":[\"Alpha\"]" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private void batch(String route, String what, String body) {
        jsonBody(route, what, "/api/articles/generate", this::ownerApi, "POST", Payloads.utf8(body));
    }

    private void article(String route, String what, String body) {
        jsonBody(route, what, "/api/articles", this::ownerApi, "POST", Payloads.utf8(body));
    }

    private void question(String route, String url, String what, String body) {
        jsonBody(route, what, url, this::ownerApi, route.startsWith("put") ? "PUT" : "POST", Payloads.utf8(body));
    }

    private void questions() {
        String edit = "put /api/questions/{id}";
        String url = "/api/questions/" + known.questionId();
        jsonAttacks(edit, url, this::ownerApi);
        question(edit, url, "an unknown question type", json("type", quoted("MULTIPLE_CHOICE'--"), "prompt", quoted("x")));
        question(edit, url, "no options for a choice", json("type", quoted("MULTIPLE_CHOICE"), "prompt", quoted("x")));
        question(edit, url, "an answer not among the options", json("type", quoted("MULTIPLE_CHOICE"), "prompt",
                quoted("Which?"), "options", "[\"Alpha\",\"Beta\"]", "answers", "[" + quoted(Payloads.SCRIPT) + "]"));
        question(edit, url, "a difficulty of NaN", choice("\"difficulty\":\"NaN\""));
        add(edit, "another teacher's question", () -> intruderApi().contentType(JSON).body(choice("")).put(url));
        idAttacks(edit, "/api/questions/%s", () -> ownerJson().body(choice("")));
        for (String action : new String[] {"approve", "reject", "distractors"}) {
            String route = "post /api/questions/{id}/" + action;
            add(route, "another teacher's question", () -> intruderApi().contentType(JSON).post(url + "/" + action));
            add(route, "an undecodable form body", () -> ownerApi().contentType(FORM).body("%%%")
                    .post(url + "/" + action));
            idAttacks(route, "/api/questions/%s/" + action, this::ownerJson);
        }
        String move = "post /api/questions/{id}/move";
        jsonAttacks(move, url + "/move", this::ownerApi);
        question(move, url + "/move", "an unknown direction", json("direction", quoted("sideways")));
        question(move, url + "/move", "a direction that is a number", json("direction", "-5"));
        add(move, "another teacher's question", () -> intruderApi().contentType(JSON)
                .body(json("direction", quoted("up"))).post(url + "/move"));
        idAttacks(move, "/api/questions/%s/move", () -> ownerJson().body(json("direction", quoted("up"))));
    }

    private void sets() {
        String create = "post /api/question-sets";
        jsonAttacks(create, "/api/question-sets", this::ownerApi);
        set(create, "no questions", json("title", quoted("Set"), "questionIds", "[]"));
        set(create, "a negative question id", json("title", quoted("Set"), "questionIds", "[-1]"));
        set(create, "a question id beyond a long", json("title", quoted("Set"), "questionIds", "[99999999999999999999]"));
        set(create, "a null question id", json("title", quoted("Set"), "questionIds", "[null]"));
        set(create, "a title of 600 characters", json("title", quoted("t".repeat(600)), "questionIds",
                "[" + known.questionId() + "]"));
        add(create, "another teacher's question", () -> intruderApi().contentType(JSON)
                .body(json("title", quoted("Mine now"), "questionIds", "[" + known.questionId() + "]"))
                .post("/api/question-sets"));

        String get = "get /api/question-sets/{id}";
        add(get, "another teacher's set", () -> intruderApi().get("/api/question-sets/" + known.setId()));
        idAttacks(get, "/api/question-sets/%s", this::ownerApi);
    }

    private void set(String route, String what, String body) {
        jsonBody(route, what, "/api/question-sets", this::ownerApi, "POST", Payloads.utf8(body));
    }

    private void quizzes() {
        String publish = "post /api/quizzes";
        jsonAttacks(publish, "/api/quizzes", this::ownerApi);
        String set = String.valueOf(known.setId());
        quiz(publish, "a negative time limit", json("questionSetId", set, "title", quoted("Q"), "timeLimitMinutes", "-5"));
        quiz(publish, "a time limit beyond an int", json("questionSetId", set, "title", quoted("Q"),
                "timeLimitMinutes", "99999999999"));
        quiz(publish, "zero attempts", json("questionSetId", set, "title", quoted("Q"), "maxAttempts", "0"));
        quiz(publish, "an unknown feedback mode", json("questionSetId", set, "title", quoted("Q"), "feedbackMode",
                quoted("NEVER")));
        quiz(publish, "a date that is no date", json("questionSetId", set, "title", quoted("Q"), "opensAt",
                quoted("yesterday")));
        quiz(publish, "closing before opening", json("questionSetId", set, "title", quoted("Q"),
                "opensAt", quoted("2030-01-02T10:00:00Z"), "closesAt", quoted("2030-01-01T10:00:00Z")));
        quiz(publish, "a set that does not exist", json("questionSetId", "-1", "title", quoted("Q")));
        quiz(publish, "a title of 600 characters", json("questionSetId", set, "title", quoted("q".repeat(600))));
        add(publish, "another teacher's set", () -> intruderApi().contentType(JSON)
                .body(json("questionSetId", set, "title", quoted("Mine"))).post("/api/quizzes"));
        for (String action : new String[] {"close", "reopen"}) {
            String route = "post /api/quizzes/{id}/" + action;
            add(route, "another teacher's quiz", () -> intruderApi().contentType(JSON)
                    .post("/api/quizzes/" + known.quizId() + "/" + action));
            idAttacks(route, "/api/quizzes/%s/" + action, this::ownerJson);
        }
    }

    private void quiz(String route, String what, String body) {
        jsonBody(route, what, "/api/quizzes", this::ownerApi, "POST", Payloads.utf8(body));
    }

    private void results() {
        for (String suffix : new String[] {"results", "results.csv"}) {
            String route = "get /api/quizzes/{id}/" + suffix;
            add(route, "another teacher's quiz", () -> intruderApi().get("/api/quizzes/" + known.quizId() + "/" + suffix));
            idAttacks(route, "/api/quizzes/%s/" + suffix, this::ownerApi);
        }
        String attempt = "get /api/quizzes/{id}/results/attempts/{attemptId}";
        String base = "/api/quizzes/" + known.quizId() + "/results/attempts/";
        add(attempt, "an attempt of another quiz", () -> ownerApi().get(base + known.attemptId()));
        add(attempt, "another teacher's quiz", () -> intruderApi().get(base + known.attemptId()));
        add(attempt, "an attempt id that is no UUID", () -> ownerApi().get(base + "1 OR 1=1"));
        add(attempt, "an attempt that does not exist", () -> ownerApi().get(base + Payloads.UNKNOWN_UUID));
        idAttacks(attempt, "/api/quizzes/%s/results/attempts/" + known.attemptId(), this::ownerApi);
    }

    private void exchange() {
        String export = "get /api/question-sets/{id}/export";
        String url = "/api/question-sets/" + known.setId() + "/export";
        add(export, "no format", () -> ownerApi().get(url));
        add(export, "an unknown format", () -> ownerApi().queryParam("format", "exe").get(url));
        add(export, "a path as the format", () -> ownerApi().queryParam("format", Payloads.TRAVERSAL).get(url));
        add(export, "SQL injection as the format", () -> ownerApi().queryParam("format", Payloads.SQL).get(url));
        add(export, "another teacher's set", () -> intruderApi().queryParam("format", "gift").get(url));
        idAttacks(export, "/api/question-sets/%s/export?format=gift", this::ownerApi);

        String route = "post /api/question-sets/import";
        String gift = "::Q1:: Which one? {=Alpha ~Beta}\n";
        importFile(route, "no format", null, null, Payloads.utf8(gift));
        importFile(route, "an unknown format", "docx", null, Payloads.utf8(gift));
        importFile(route, "an empty file", "gift", null, new byte[0]);
        importFile(route, "a path as the file name", "gift", Payloads.TRAVERSAL, Payloads.utf8(gift));
        importFile(route, "a Windows path as the file name", "gift", "..\\..\\boot.ini", Payloads.utf8(gift));
        importFile(route, "XML with an external entity", "moodle", "quiz.xml", Payloads.utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<quiz><question type=\"truefalse\"><name><text>&x;</text></name></question></quiz>"));
        importFile(route, "a GIFT file that is not GIFT", "gift", null, Payloads.utf8("{{{{ ~~~ = }}}} ::"));
        importFile(route, "a GIFT file that is not UTF-8", "gift", null, Payloads.invalidUtf8Json());
        importFile(route, "a NUL in a question", "gift", null, Payloads.utf8("::Q1:: Which\u0000 one? {=Alpha ~Beta}\n"));
        importFile(route, "a JSON file nested 5000 deep", "json", null, Payloads.deepJson(5000));
        importFile(route, "a JSON file of the wrong shape", "json", null, Payloads.utf8(Payloads.wrongTypes()));
        importFile(route, "a QTI package that is not a zip", "qti", null, Payloads.utf8("PK\u0003\u0004 broken"));
        importFile(route, "a file over 5 MB", "gift", null, new byte[5 * 1024 * 1024 + 10]);
        add(route, "a file over the server's size limit", () -> oversized(ownerApi()).contentType("application/octet-stream")
                .queryParam("format", "gift").body(new byte[Payloads.OVER_SERVER_LIMIT]).post("/api/question-sets/import"));
        add(route, "the file as JSON instead of bytes", () -> ownerApi().contentType(JSON)
                .queryParam("format", "json").body("{\"questions\":[]}").post("/api/question-sets/import"));
        add(route, "the file as a form", () -> ownerApi().contentType(FORM)
                .queryParam("format", "gift").body("file=x").post("/api/question-sets/import"));
    }

    private void importFile(String route, String what, String format, String fileName, byte[] data) {
        add(route, what, () -> {
            var request = ownerApi().contentType("application/octet-stream").body(data);
            if (format != null) {
                request.queryParam("format", format);
            }
            if (fileName != null) {
                request.queryParam("filename", fileName);
            }
            return request.post("/api/question-sets/import");
        });
    }
}
