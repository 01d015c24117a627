package org.newsquiz.web.hostile;

import java.util.function.Supplier;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.newsquiz.web.teacher.TestTeachers;

/** Hostile requests to the teacher's pages and forms, signing in and out, made by signed-in browsers. */
final class TeacherPageAttacks extends Attacks {

    TeacherPageAttacks(Known known) {
        super(known);
    }

    @Override
    void build() {
        for (String page : new String[] {"/teacher", "/teacher/exchange", "/teacher/password", "/teacher/quizzes",
            "/teacher/sets", "/teacher/sets/new"}) {
            acceptAttacks("get " + page, this::ownerPage);
        }
        acceptAttacks("get /login", Attacks::anyone);
        accounts();
        articles();
        review();
        quizzes();
        publishing();
        exchange();
        signInAndOut();
    }

    private RequestSpecification adminForm() {
        return known.admin().request().contentType(FORM).formParam("csrf-token", known.adminCsrf());
    }

    private void accounts() {
        String list = "get /teacher/admin/teachers";
        add(list, "a teacher who is no administrator", () -> ownerPage().get("/teacher/admin/teachers"));
        add(list, "Accept: application/xml", () -> known.admin().request().accept("application/xml")
                .get("/teacher/admin/teachers"));
        add(list, "Accept: image/png", () -> known.admin().request().accept("image/png").get("/teacher/admin/teachers"));

        String create = "post /teacher/admin/teachers";
        String url = "/teacher/admin/teachers";
        add(create, "a teacher who is no administrator", () -> ownerForm().formParam("email", "new@school.test")
                .formParam("name", "New").formParam("password", "long enough password").post(url));
        add(create, "SQL injection as the email", () -> adminForm().formParam("email", Payloads.SQL)
                .formParam("name", "X").formParam("password", "long enough password").post(url));
        add(create, "an unknown role", () -> adminForm().formParam("email", "god@school.test").formParam("name", "G")
                .formParam("password", "long enough password").formParam("role", "superuser").post(url));
        add(create, "a short password", () -> adminForm().formParam("email", "short@school.test")
                .formParam("name", "S").formParam("password", "x").post(url));
        add(create, "a name of 300 characters", () -> adminForm().formParam("email", "long@school.test")
                .formParam("name", "n".repeat(300)).formParam("password", "long enough password").post(url));
        add(create, "an email that exists", () -> adminForm().formParam("email", known.ownerEmail())
                .formParam("name", "Twin").formParam("password", "long enough password").post(url));
        formAttacks(create, url, () -> known.admin().request());

        String disable = "post /teacher/admin/teachers/{id}/disabled";
        String disableUrl = "/teacher/admin/teachers/%s/disabled";
        add(disable, "a teacher who is no administrator", () -> ownerForm().formParam("disabled", "true")
                .post(disableUrl.formatted(known.intruderId())));
        add(disable, "an administrator disabling their own account", () -> adminForm().formParam("disabled", "true")
                .post(disableUrl.formatted(known.adminId())));
        add(disable, "neither true nor false", () -> adminForm().formParam("disabled", "maybe")
                .post(disableUrl.formatted(known.intruderId())));
        add(disable, "another browser's CSRF token", () -> known.admin().request().contentType(FORM)
                .formParam("csrf-token", known.ownerCsrf()).formParam("disabled", "true")
                .post(disableUrl.formatted(known.intruderId())));
        idAttacks(disable, disableUrl, () -> adminForm().formParam("disabled", "true"));
        formAttacks(disable, disableUrl.formatted(known.intruderId()), () -> known.admin().request());

        String reset = "post /teacher/admin/teachers/{id}/password";
        String resetUrl = "/teacher/admin/teachers/%s/password";
        add(reset, "a teacher who is no administrator", () -> ownerForm().formParam("password", "a temporary phrase")
                .post(resetUrl.formatted(known.intruderId())));
        add(reset, "a common password", () -> adminForm().formParam("password", "password1234")
                .post(resetUrl.formatted(known.intruderId())));
        add(reset, "twelve spaces", () -> adminForm().formParam("password", " ".repeat(12))
                .post(resetUrl.formatted(known.intruderId())));
        add(reset, "no password", () -> adminForm().post(resetUrl.formatted(known.intruderId())));
        idAttacks(reset, resetUrl, () -> adminForm().formParam("password", "a temporary phrase"));
        formAttacks(reset, resetUrl.formatted(known.intruderId()), () -> known.admin().request());
    }

    private void articles() {
        String batch = "get /teacher/batches/{id}";
        idAttacks(batch, "/teacher/batches/%s", this::ownerPage);
        add(batch, "Accept: image/png", () -> ownerPage().accept("image/png").get("/teacher/batches/987654321"));

        String paste = "post /teacher/articles";
        add(paste, "empty text", () -> ownerForm().formParam("title", "T").formParam("text", " ").post("/teacher/articles"));
        add(paste, "binary text", () -> ownerForm().formParam("text", "\u0000\u0001 binary").post("/teacher/articles"));
        add(paste, "a title of 600 characters", () -> ownerForm().formParam("title", "t".repeat(600))
                .formParam("text", "A short real text.").post("/teacher/articles"));
        formAttacks(paste, "/teacher/articles", this::ownerPage);

        String generate = "post /teacher/articles/generate";
        String url = "/teacher/articles/generate";
        add(generate, "no article ticked", () -> ownerForm().post(url));
        add(generate, "an id that is no number", () -> ownerForm().formParam("article", "abc").post(url));
        add(generate, "another teacher's article", () -> intruderForm().formParam("article", known.articleId()).post(url));
        add(generate, "one good and one missing article", () -> ownerForm().formParam("article", known.articleId())
                .formParam("article", "-1").post(url));
        add(generate, "no CSRF token", () -> ownerFormWithoutToken().formParam("article", known.articleId()).post(url));

        String upload = "post /teacher/articles/upload";
        upload(upload, "a path as the file name", Payloads.TRAVERSAL + ".txt", "A real text.");
        upload(upload, "a Windows path as the file name", "..\\..\\notes.md", "A real text.");
        upload(upload, "an executable", "setup.exe", "MZ");
        upload(upload, "binary content", "a.txt", "\u0000\u0001\u0002");
        upload(upload, "a file over 200 KB", "big.txt", "word ".repeat(50_000));
        add(upload, "no file", () -> ownerPage().multiPart("csrf-token", known.ownerCsrf()).multiPart("title", "T")
                .post("/teacher/articles/upload"));
        add(upload, "no CSRF token", () -> ownerPage().multiPart("file", "a.txt", Payloads.utf8("Text."), "text/plain")
                .post("/teacher/articles/upload"));
        add(upload, "a form instead of multipart", () -> ownerForm().formParam("file", "x").post("/teacher/articles/upload"));
        add(upload, "a broken multipart body", () -> ownerPage().contentType("multipart/form-data; boundary=b")
                .body(Payloads.utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc"))
                .post("/teacher/articles/upload"));
    }

    private void upload(String route, String what, String fileName, String content) {
        add(route, what, () -> ownerPage().multiPart("csrf-token", known.ownerCsrf())
                .multiPart("file", fileName, Payloads.utf8(content), "text/plain").post("/teacher/articles/upload"));
    }

    private void review() {
        long article = known.articleId();
        long question = known.questionId();
        for (String page : new String[] {"review", "questions/new"}) {
            String route = "get /teacher/articles/{id}/" + page;
            add(route, "another teacher's article", () -> known.intruder().request().get("/teacher/articles/" + article + "/" + page));
            idAttacks(route, "/teacher/articles/%s/" + page, this::ownerPage);
        }
        String write = "post /teacher/articles/{id}/questions";
        questionForm(write, "/teacher/articles/" + article + "/questions");
        idAttacks(write, "/teacher/articles/%s/questions", () -> ownerForm().formParam("type", "TRUE_FALSE"));

        String editPage = "get /teacher/questions/{id}/edit";
        add(editPage, "another teacher's question", () -> known.intruder().request().get("/teacher/questions/" + question + "/edit"));
        idAttacks(editPage, "/teacher/questions/%s/edit", this::ownerPage);
        String edit = "post /teacher/questions/{id}/edit";
        questionForm(edit, "/teacher/questions/" + question + "/edit");
        idAttacks(edit, "/teacher/questions/%s/edit", () -> ownerForm().formParam("type", "TRUE_FALSE"));

        action("post /teacher/questions/{id}/status", "status", new String[] {"DELETED", Payloads.SQL, ""});
        action("post /teacher/questions/{id}/move", "direction", new String[] {"sideways", "-1000", ""});
        action("post /teacher/questions/{id}/distractors", "x", new String[0]);
    }

    /** Question form values no question may have, for the owner, and the form from another teacher. */
    private void questionForm(String route, String url) {
        add(route, "an unknown type", () -> ownerForm().formParam("type", "ESSAY").formParam("prompt", "Why?").post(url));
        add(route, "a difficulty that is no number", () -> ownerForm().formParam("type", "MULTIPLE_CHOICE")
                .formParam("prompt", "Which?").formParam("options", "A\nB").formParam("answers", "A")
                .formParam("difficulty", "very").post(url));
        add(route, "a difficulty beyond a double", () -> ownerForm().formParam("type", "MULTIPLE_CHOICE")
                .formParam("prompt", "Which?").formParam("options", "A\nB").formParam("answers", "A")
                .formParam("difficulty", "1e999").post(url));
        add(route, "a script as the only option", () -> ownerForm().formParam("type", "MULTIPLE_CHOICE")
                .formParam("prompt", "Which?").formParam("options", Payloads.SCRIPT)
                .formParam("answers", Payloads.SCRIPT).post(url));
        add(route, "another teacher", () -> intruderForm().formParam("type", "TRUE_FALSE").formParam("prompt", "Sky is blue")
                .formParam("answers", "True").post(url));
        add(route, "no CSRF token", () -> ownerFormWithoutToken().formParam("type", "TRUE_FALSE")
                .formParam("prompt", "Sky is blue").formParam("answers", "True").post(url));
    }

    private void action(String route, String field, String[] badValues) {
        String url = "/teacher/questions/" + known.questionId() + route.substring(route.lastIndexOf('/'));
        for (String value : badValues) {
            add(route, "the " + field + " \"" + value + "\"", () -> ownerForm().formParam(field, value).post(url));
        }
        add(route, "another teacher's question", () -> intruderForm().formParam(field, "up").post(url));
        add(route, "no CSRF token", () -> ownerFormWithoutToken().formParam(field, "up").post(url));
        idAttacks(route, "/teacher/questions/%s" + route.substring(route.lastIndexOf('/')),
                () -> ownerForm().formParam(field, "up"));
    }

    private void quizzes() {
        String publish = "post /teacher/quizzes";
        String set = String.valueOf(known.setId());
        publish(publish, "a time limit that is no number", set, "minutes", "ten");
        publish(publish, "a negative time limit", set, "minutes", "-5");
        publish(publish, "a time limit beyond an int", set, "minutes", "99999999999");
        publish(publish, "zero attempts", set, "attempts", "0");
        publish(publish, "an unknown feedback mode", set, "feedback", "NEVER");
        publish(publish, "an unknown way to recognise students", set, "recognition", "FINGERPRINT");
        publish(publish, "a date that is no date", set, "opens", "yesterday");
        publish(publish, "no set", "", "title", "Q");
        publish(publish, "a set that is no number", "abc", "title", "Q");
        add(publish, "another teacher's set", () -> intruderForm().formParam("set", set).formParam("title", "Mine")
                .post("/teacher/quizzes"));
        add(publish, "no CSRF token", () -> ownerFormWithoutToken().formParam("set", set).formParam("title", "Q")
                .post("/teacher/quizzes"));

        String status = "post /teacher/quizzes/{id}/status";
        String url = "/teacher/quizzes/" + known.quizId() + "/status";
        add(status, "an unknown status", () -> ownerForm().formParam("status", "DELETED").post(url));
        add(status, "no status", () -> ownerForm().post(url));
        add(status, "another teacher's quiz", () -> intruderForm().formParam("status", "CLOSED").post(url));
        add(status, "no CSRF token", () -> ownerFormWithoutToken().formParam("status", "CLOSED").post(url));
        idAttacks(status, "/teacher/quizzes/%s/status", () -> ownerForm().formParam("status", "CLOSED"));

        String roster = "/teacher/quizzes/" + known.quizId() + "/roster";
        String rosterPage = "get /teacher/quizzes/{id}/roster";
        add(rosterPage, "another teacher's quiz", () -> known.intruder().request().get(roster));
        idAttacks(rosterPage, "/teacher/quizzes/%s/roster", this::ownerPage);
        String rosterSave = "post /teacher/quizzes/{id}/roster";
        add(rosterSave, "another teacher's quiz", () -> intruderForm().formParam("names", "Ann").post(roster));
        add(rosterSave, "no CSRF token", () -> ownerFormWithoutToken().formParam("names", "Ann").post(roster));
        add(rosterSave, "a name of 5000 characters", () -> ownerForm().formParam("names", "n".repeat(5000)).post(roster));
        add(rosterSave, "a NUL in a name", () -> ownerForm().formParam("names", "Ann\u0000Lee").post(roster));
        add(rosterSave, "501 names", () -> ownerForm().formParam("names", String.join("\n",
                java.util.stream.IntStream.range(0, 501).mapToObj(i -> "Student " + i).toList())).post(roster));
        idAttacks(rosterSave, "/teacher/quizzes/%s/roster", () -> ownerForm().formParam("names", "Ann"));

        for (String suffix : new String[] {"results", "results.csv"}) {
            String route = "get /teacher/quizzes/{id}/" + suffix;
            add(route, "another teacher's quiz", () -> known.intruder().request()
                    .get("/teacher/quizzes/" + known.quizId() + "/" + suffix));
            idAttacks(route, "/teacher/quizzes/%s/" + suffix, this::ownerPage);
        }
        String attempt = "get /teacher/quizzes/{id}/results/attempts/{attemptId}";
        String base = "/teacher/quizzes/" + known.quizId() + "/results/attempts/";
        add(attempt, "an attempt of another quiz", () -> ownerPage().get(base + known.attemptId()));
        add(attempt, "another teacher's quiz", () -> known.intruder().request().get(base + known.attemptId()));
        add(attempt, "an attempt id that is no UUID", () -> ownerPage().get(base + Payloads.SQL));
        idAttacks(attempt, "/teacher/quizzes/%s/results/attempts/" + known.attemptId(), this::ownerPage);

        String sets = "post /teacher/sets";
        add(sets, "no questions", () -> ownerForm().formParam("title", "S").post("/teacher/sets"));
        add(sets, "a question id that is no number", () -> ownerForm().formParam("title", "S")
                .formParam("question", "abc").post("/teacher/sets"));
        add(sets, "a negative question id", () -> ownerForm().formParam("title", "S").formParam("question", "-1")
                .post("/teacher/sets"));
        add(sets, "another teacher's question", () -> intruderForm().formParam("title", "S")
                .formParam("question", known.questionId()).post("/teacher/sets"));
        add(sets, "a title of 600 characters", () -> ownerForm().formParam("title", "t".repeat(600))
                .formParam("question", known.questionId()).post("/teacher/sets"));
        add(sets, "no CSRF token", () -> ownerFormWithoutToken().formParam("title", "S")
                .formParam("question", known.questionId()).post("/teacher/sets"));
    }

    /** The article's own page and deleting it, approving all shown, publishing in one step and after. */
    private void publishing() {
        long article = known.articleId();
        for (String page : new String[] {"", "/delete", "/publish"}) {
            String route = "get /teacher/articles/{id}" + page;
            add(route, "another teacher's article", () -> known.intruder().request().get("/teacher/articles/" + article + page));
            idAttacks(route, "/teacher/articles/%s" + page, this::ownerPage);
        }
        String delete = "post /teacher/articles/{id}/delete";
        add(delete, "another teacher's article", () -> intruderForm().post("/teacher/articles/" + article + "/delete"));
        add(delete, "no CSRF token", () -> ownerFormWithoutToken().formParam("x", "1").post("/teacher/articles/" + article + "/delete"));
        add(delete, "no form body", () -> ownerPage().post("/teacher/articles/" + article + "/delete"));
        idAttacks(delete, "/teacher/articles/%s/delete", this::ownerForm);

        String approve = "post /teacher/articles/{id}/approve";
        String approveUrl = "/teacher/articles/" + article + "/approve";
        add(approve, "no question", () -> ownerForm().post(approveUrl));
        add(approve, "a question id that is no number", () -> ownerForm().formParam("question", "abc").post(approveUrl));
        add(approve, "a question of another article", () -> ownerForm().formParam("question", known.choiceQuestion()).post(approveUrl));
        add(approve, "another teacher", () -> intruderForm().formParam("question", known.questionId()).post(approveUrl));
        add(approve, "no CSRF token", () -> ownerFormWithoutToken().formParam("question", known.questionId()).post(approveUrl));

        String publish = "post /teacher/articles/{id}/publish";
        String publishUrl = "/teacher/articles/" + article + "/publish";
        add(publish, "no title", () -> ownerForm().formParam("title", " ").post(publishUrl));
        add(publish, "a time limit that is no number", () -> ownerForm().formParam("title", "Q").formParam("minutes", "ten").post(publishUrl));
        add(publish, "an unknown feedback mode", () -> ownerForm().formParam("title", "Q").formParam("feedback", "NEVER").post(publishUrl));
        add(publish, "closing before opening", () -> ownerForm().formParam("title", "Q").formParam("opens", "2030-01-02T10:00")
                .formParam("closes", "2030-01-01T10:00").post(publishUrl));
        add(publish, "another teacher's article", () -> intruderForm().formParam("title", "Q").post(publishUrl));
        add(publish, "no CSRF token", () -> ownerFormWithoutToken().formParam("title", "Q").post(publishUrl));
        idAttacks(publish, "/teacher/articles/%s/publish", () -> ownerForm().formParam("title", "Q"));

        long quiz = known.quizId();
        for (String page : new String[] {"", "/show", "/settings"}) {
            String route = "get /teacher/quizzes/{id}" + page;
            add(route, "another teacher's quiz", () -> known.intruder().request().get("/teacher/quizzes/" + quiz + page));
            idAttacks(route, "/teacher/quizzes/%s" + page, this::ownerPage);
        }
        String settings = "post /teacher/quizzes/{id}/settings";
        String settingsUrl = "/teacher/quizzes/" + quiz + "/settings";
        add(settings, "zero attempts", () -> ownerForm().formParam("title", "Q").formParam("attempts", "0").post(settingsUrl));
        add(settings, "a time limit of a week", () -> ownerForm().formParam("title", "Q").formParam("minutes", "10080").post(settingsUrl));
        add(settings, "a date that is no date", () -> ownerForm().formParam("title", "Q").formParam("closes", "soon").post(settingsUrl));
        add(settings, "no title", () -> ownerForm().post(settingsUrl));
        add(settings, "another teacher's quiz", () -> intruderForm().formParam("title", "Mine").post(settingsUrl));
        add(settings, "no CSRF token", () -> ownerFormWithoutToken().formParam("title", "Q").post(settingsUrl));
        idAttacks(settings, "/teacher/quizzes/%s/settings", () -> ownerForm().formParam("title", "Q"));

        String duplicate = "post /teacher/quizzes/{id}/duplicate";
        add(duplicate, "another teacher's quiz", () -> intruderForm().post("/teacher/quizzes/" + quiz + "/duplicate"));
        add(duplicate, "no CSRF token", () -> ownerFormWithoutToken().formParam("x", "1").post("/teacher/quizzes/" + quiz + "/duplicate"));
        add(duplicate, "no form body", () -> ownerPage().post("/teacher/quizzes/" + quiz + "/duplicate"));
        idAttacks(duplicate, "/teacher/quizzes/%s/duplicate", this::ownerForm);

        String rename = "post /teacher/sets/{id}/title";
        String renameUrl = "/teacher/sets/" + known.setId() + "/title";
        add(rename, "an empty title", () -> ownerForm().formParam("title", " ").post(renameUrl));
        add(rename, "a title of 600 characters", () -> ownerForm().formParam("title", "t".repeat(600)).post(renameUrl));
        add(rename, "another teacher's set", () -> intruderForm().formParam("title", "Mine").post(renameUrl));
        add(rename, "no CSRF token", () -> ownerFormWithoutToken().formParam("title", "X").post(renameUrl));
        idAttacks(rename, "/teacher/sets/%s/title", () -> ownerForm().formParam("title", "X"));

        for (String action : new String[] {"reset", "delete"}) {
            String route = "post /teacher/quizzes/{id}/results/attempts/{attemptId}/" + action;
            String base = "/teacher/quizzes/" + quiz + "/results/attempts/";
            add(route, "not confirmed", () -> ownerForm().post(base + known.attemptId() + "/" + action));
            add(route, "an attempt of another quiz", () -> ownerForm().formParam("confirm", "yes")
                    .post(base + known.attemptId() + "/" + action));
            add(route, "another teacher's quiz", () -> intruderForm().formParam("confirm", "yes")
                    .post(base + known.attemptId() + "/" + action));
            add(route, "an attempt id that is no UUID", () -> ownerForm().formParam("confirm", "yes")
                    .post(base + "abc/" + action));
            add(route, "no CSRF token", () -> ownerFormWithoutToken().formParam("confirm", "yes")
                    .post(base + known.attemptId() + "/" + action));
        }
    }

    private void publish(String route, String what, String set, String field, String value) {
        add(route, what, () -> {
            RequestSpecification form = ownerForm().formParam("title", "Hostile quiz").formParam(field, value);
            return (set.isEmpty() ? form : form.formParam("set", set)).post("/teacher/quizzes");
        });
    }

    private void exchange() {
        String set = "get /teacher/exchange/sets/{id}";
        add(set, "another teacher's set", () -> known.intruder().request().get("/teacher/exchange/sets/" + known.setId()));
        idAttacks(set, "/teacher/exchange/sets/%s", this::ownerPage);

        String export = "get /teacher/exchange/sets/{id}/export";
        String url = "/teacher/exchange/sets/" + known.setId() + "/export";
        add(export, "an unknown format", () -> ownerPage().queryParam("format", "pdf").get(url));
        add(export, "a path as the format", () -> ownerPage().queryParam("format", Payloads.TRAVERSAL).get(url));
        add(export, "another teacher's set", () -> known.intruder().request().queryParam("format", "gift").get(url));
        idAttacks(export, "/teacher/exchange/sets/%s/export?format=gift", this::ownerPage);

        String route = "post /teacher/exchange/import";
        importUpload(route, "no file", "gift", null, null);
        importUpload(route, "an unknown format", "docx", "a.gift", "::Q:: Which? {=A ~B}");
        importUpload(route, "a path as the file name", "gift", Payloads.TRAVERSAL, "::Q:: Which? {=A ~B}");
        importUpload(route, "XML with an external entity", "moodle", "q.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>");
        add(route, "no CSRF token", () -> ownerPage().multiPart("format", "gift")
                .multiPart("file", "a.gift", Payloads.utf8("::Q:: Which? {=A ~B}"), "text/plain")
                .post("/teacher/exchange/import"));
        add(route, "JSON instead of multipart", () -> ownerPage().contentType(JSON).body("{}").post("/teacher/exchange/import"));
    }

    private void importUpload(String route, String what, String format, String fileName, String content) {
        add(route, what, () -> {
            RequestSpecification request = ownerPage().multiPart("csrf-token", known.ownerCsrf()).multiPart("format", format);
            return (fileName == null ? request : request.multiPart("file", fileName, Payloads.utf8(content), "text/plain"))
                    .post("/teacher/exchange/import");
        });
    }

    private void signInAndOut() {
        String password = "post /teacher/password";
        add(password, "a wrong current password", () -> ownerForm().formParam("current", Payloads.SQL)
                .formParam("password", "a new long password").formParam("repeat", "a new long password")
                .post("/teacher/password"));
        add(password, "a repetition that differs", () -> ownerForm().formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "a new long password").formParam("repeat", "another").post("/teacher/password"));
        add(password, "a new password that is too short", () -> ownerForm().formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "x").formParam("repeat", "x").post("/teacher/password"));
        add(password, "a new password of 100 KB", () -> ownerForm().formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "p".repeat(100_000)).formParam("repeat", "p".repeat(100_000))
                .post("/teacher/password"));
        add(password, "a common password", () -> ownerForm().formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "qwertyuiopas").formParam("repeat", "qwertyuiopas").post("/teacher/password"));
        add(password, "another browser's CSRF token beside this session", () -> ownerPage().contentType(FORM)
                .formParam("csrf-token", known.intruderCsrf()).formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "a new long password").formParam("repeat", "a new long password")
                .post("/teacher/password"));
        add(password, "another browser's session cookie and token pair beside this session's cookie", () ->
                ownerPage().contentType(FORM).cookie("newsquiz-csrf", known.studentCsrfCookie())
                        .formParam("csrf-token", known.studentCsrf()).formParam("current", TestTeachers.PASSWORD)
                        .formParam("password", "a new long password").formParam("repeat", "a new long password")
                        .post("/teacher/password"));
        add(password, "JSON with the session cookie and no token", () -> ownerPage().contentType(JSON)
                .body("{\"current\":\"x\"}").post("/teacher/password"));
        formAttacks(password, "/teacher/password", this::ownerPage);

        String logout = "post /logout";
        add(logout, "JSON instead of a form", () -> ownerPage().contentType(JSON).body("{}").post("/logout"));
        add(logout, "a forged CSRF token", () -> ownerPage().contentType(FORM).formParam("csrf-token", "forged")
                .post("/logout"));
        add(logout, "no body and no token", () -> ownerPage().post("/logout"));
        add(logout, "a session ended by signing out, replayed with its own token", () -> anyone()
                .cookie("newsquiz-session", known.endedSession()).contentType(FORM)
                .formParam("csrf-token", known.endedSessionCsrf()).post("/logout"));
        add(logout, "invalid percent escapes", () -> ownerPage().contentType(FORM).body("csrf-token=%zz").post("/logout"));

        String signIn = "post /j_security_check";
        signIn(signIn, "SQL injection as the email", Payloads.SQL, "anything");
        signIn(signIn, "a script as the email", Payloads.SCRIPT, "anything");
        signIn(signIn, "a password of 100 KB", known.ownerEmail(), "p".repeat(100_000));
        signIn(signIn, "a NUL in the email", known.ownerEmail() + "\u0000", TestTeachers.PASSWORD);
        add(signIn, "no fields", () -> studentForm().post("/j_security_check"));
        add(signIn, "no CSRF token", () -> anyone().contentType(FORM).formParam("j_username", known.ownerEmail())
                .formParam("j_password", TestTeachers.PASSWORD).post("/j_security_check"));
        add(signIn, "the right password after six wrong ones in a row", () -> {
            String email = "hostile-guessed@school.test";
            for (int guess = 0; guess < 6; guess++) {
                studentForm().header("X-Forwarded-For", "198.51.100.61").formParam("j_username", email)
                        .formParam("j_password", "guess number " + guess).post("/j_security_check");
            }
            return studentForm().header("X-Forwarded-For", "198.51.100.61").formParam("j_username", email)
                    .formParam("j_password", TestTeachers.PASSWORD).post("/j_security_check");
        });
        add(signIn, "JSON credentials", () -> anyone().contentType(JSON)
                .body("{\"j_username\":\"" + known.ownerEmail() + "\",\"j_password\":\"x\"}").post("/j_security_check"));
    }

    private void signIn(String route, String what, String email, String password) {
        Supplier<Response> send = () -> studentForm().formParam("j_username", email)
                .formParam("j_password", password).post("/j_security_check");
        add(route, what, send);
    }
}
