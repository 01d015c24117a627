package org.newsquiz.web.hostile;

import static org.newsquiz.web.hostile.Payloads.json;
import static org.newsquiz.web.hostile.Payloads.quoted;

/** Hostile requests to the home page, joining, the attempt pages and the student JSON API. */
final class StudentAttacks extends Attacks {

    StudentAttacks(Known known) {
        super(known);
    }

    @Override
    void build() {
        acceptAttacks("get /", Attacks::anyone);
        acceptAttacks("get /api/quizzes/public", Attacks::anyone);
        joinPages();
        joinApi();
        attemptApi();
        answers();
        attemptPages();
    }

    private void joinPages() {
        String page = "get /join/{code}";
        for (String code : new String[] {Payloads.SQL, Payloads.SCRIPT, "A\u0000B", "x".repeat(3000), "%00", "../../"}) {
            add(page, "the code " + code.substring(0, Math.min(20, code.length())),
                    () -> anyone().get("/join/{code}", code));
        }
        String join = "post /join";
        String code = known.quizCode();
        add(join, "SQL injection as the code", () -> studentForm().formParam("code", Payloads.SQL)
                .formParam("name", "Ann").post("/join"));
        add(join, "a script as the code", () -> studentForm().formParam("code", Payloads.SCRIPT)
                .formParam("name", "Ann").post("/join"));
        add(join, "no fields", () -> studentForm().post("/join"));
        add(join, "a NUL in the name", () -> studentForm().formParam("code", code).formParam("name", "Ann\u0000")
                .post("/join"));
        add(join, "a name of 5000 characters", () -> studentForm().formParam("code", code)
                .formParam("name", "n".repeat(5000)).post("/join"));
        add(join, "no name", () -> studentForm().formParam("code", code).formParam("name", "  ").post("/join"));
        add(join, "a script as the personal code and no name", () -> studentForm().formParam("code", code)
                .formParam("personalCode", Payloads.SCRIPT).post("/join"));
        add(join, "a bogus CSRF token", () -> anyone().cookie("newsquiz-csrf", known.studentCsrfCookie())
                .contentType(FORM).formParam("csrf-token", "forged").formParam("code", code)
                .formParam("name", "Ann").post("/join"));
        formAttacks(join, "/join", Attacks::anyone);
    }

    private void joinApi() {
        String route = "post /api/attempts";
        jsonAttacks(route, "/api/attempts", Attacks::anyone);
        String code = quoted(known.quizCode());
        jsonBody(route, "SQL injection as the code", "/api/attempts", Attacks::anyone, "POST",
                Payloads.utf8(json("code", quoted(Payloads.SQL), "name", quoted("Ann"))));
        jsonBody(route, "a script as the code", "/api/attempts", Attacks::anyone, "POST",
                Payloads.utf8(json("code", quoted(Payloads.SCRIPT), "name", quoted("Ann"))));
        jsonBody(route, "no name", "/api/attempts", Attacks::anyone, "POST", Payloads.utf8(json("code", code)));
        jsonBody(route, "a list as the name", "/api/attempts", Attacks::anyone, "POST",
                Payloads.utf8(json("code", code, "name", "[\"Ann\",\"Ben\"]")));
        jsonBody(route, "a name of 5000 characters", "/api/attempts", Attacks::anyone, "POST",
                Payloads.utf8(json("code", code, "name", quoted("n".repeat(5000)))));
        jsonBody(route, "a control character in the name", "/api/attempts", Attacks::anyone, "POST",
                Payloads.utf8(json("code", code, "name", "\"Ann\\u0007\"")));
        jsonBody(route, "a personal code on a quiz without a class list, and no name", "/api/attempts", Attacks::anyone,
                "POST", Payloads.utf8(json("code", code, "personalCode", quoted("ABCDEF"))));
        jsonBody(route, "a list as the personal code", "/api/attempts", Attacks::anyone, "POST",
                Payloads.utf8(json("code", code, "name", quoted("Ann"), "personalCode", "[1,2]")));
        jsonBody(route, "a body over the student API's limit", "/api/attempts", Attacks::anyone, "POST",
                Payloads.hugeJson("name", 20_000));
    }

    private void attemptApi() {
        String get = "get /api/attempts/{id}";
        String own = "/api/attempts/" + known.attemptId();
        add(get, "no token", () -> anyone().get(own));
        add(get, "a wrong token", () -> anyone().header("X-Attempt-Token", "forged").get(own));
        add(get, "another attempt's id with this token", () -> withToken().get("/api/attempts/" + Payloads.UNKNOWN_UUID));
        idAttacks(get, "/api/attempts/%s", this::withToken);

        String submit = "post /api/attempts/{id}/submit";
        add(submit, "no token", () -> anyone().contentType(JSON).post(own + "/submit"));
        add(submit, "a wrong token", () -> anyone().contentType(JSON).header("X-Attempt-Token", Payloads.SQL)
                .post(own + "/submit"));
        add(submit, "an undecodable form body", () -> withToken().contentType(FORM).body("a=%zz")
                .post(own + "/submit"));
        idAttacks(submit, "/api/attempts/%s/submit", () -> withToken().contentType(JSON));
    }

    private void answers() {
        String route = "put /api/attempts/{id}/answers/{questionId}";
        String choice = "/api/attempts/" + known.attemptId() + "/answers/" + known.choiceQuestion();
        String fill = "/api/attempts/" + known.attemptId() + "/answers/" + known.fillQuestion();
        String numeric = "/api/attempts/" + known.attemptId() + "/answers/" + known.numericQuestion();
        jsonAttacks(route, choice, this::withToken);
        answer(route, "SQL injection as the chosen option", choice, "[" + quoted(Payloads.SQL) + "]");
        answer(route, "two options for a single choice", choice, "[\"Helen Okafor\",\"Maria Costa\"]");
        answer(route, "an answer that is a string, not a list", choice, "\"Helen Okafor\"");
        answer(route, "a list of numbers and objects", choice, "[1,{\"a\":2},null]");
        answer(route, "a typed answer of 600 characters", fill, "[" + quoted("x".repeat(600)) + "]");
        answer(route, "two typed answers", fill, "[\"Lindqvist\",\"Okafor\"]");
        answer(route, "a number beyond any double", numeric, "[\"1e999999\"]");
        answer(route, "a script as the number", numeric, "[" + quoted(Payloads.SCRIPT) + "]");
        add(route, "a wrong token", () -> anyone().contentType(JSON).header("X-Attempt-Token", "forged")
                .body("{\"answer\":[\"Helen Okafor\"]}").put(choice));
        add(route, "a body over the student API's limit", () -> withToken().contentType(JSON)
                .body(Payloads.hugeJson("answer", 20_000)).put(choice));
        for (String question : new String[] {"-1", "abc", "99999999999999999999", "987654321"}) {
            add(route, "the question id " + question, () -> withToken().contentType(JSON)
                    .body("{\"answer\":[\"x\"]}").put("/api/attempts/" + known.attemptId() + "/answers/" + question));
        }
        add(route, "an attempt that does not exist", () -> withToken().contentType(JSON)
                .body("{\"answer\":[\"x\"]}").put("/api/attempts/" + Payloads.UNKNOWN_UUID + "/answers/1"));
        add(route, "an attempt that does not exist, with an option not of a real question", () -> anyone()
                .contentType(JSON).body("{\"answer\":[\"Nobody\"]}")
                .put("/api/attempts/" + Payloads.UNKNOWN_UUID + "/answers/" + known.choiceQuestion()));
        add(route, "a wrong token, with an answer of the wrong shape", () -> anyone().contentType(JSON)
                .header("X-Attempt-Token", "forged").body("{\"answer\":[\"a\",\"b\"]}").put(choice));
        add(route, "an attempt id that is no UUID", () -> withToken().contentType(JSON)
                .body("{\"answer\":[\"x\"]}").put("/api/attempts/1 OR 1=1/answers/1"));
    }

    private void answer(String route, String what, String url, String answer) {
        add(route, what, () -> withToken().contentType(JSON).body("{\"answer\":" + answer + "}").put(url));
    }

    private void attemptPages() {
        String own = "/attempts/" + known.attemptId();
        String take = "get /attempts/{id}";
        add(take, "no token", () -> anyone().get(own));
        add(take, "a page that is not a number", () -> withToken().get(own + "?page=" + Payloads.SQL));
        add(take, "a page beyond an int", () -> withToken().get(own + "?page=99999999999999"));
        idAttacks(take, "/attempts/%s", this::withToken);

        String result = "get /attempts/{id}/result";
        add(result, "no token", () -> anyone().get(own + "/result"));
        add(result, "a wrong token", () -> anyone().header("X-Attempt-Token", "x").get(own + "/result"));
        idAttacks(result, "/attempts/%s/result", this::withToken);

        String finish = "get /attempts/{id}/finish";
        add(finish, "no token", () -> anyone().get(own + "/finish"));
        add(finish, "a wrong token", () -> anyone().header("X-Attempt-Token", "x").get(own + "/finish"));
        idAttacks(finish, "/attempts/%s/finish", this::withToken);

        String post = "post /attempts/{id}";
        add(post, "no token", () -> studentForm().formParam("action", "submit").post(own));
        add(post, "SQL injection as a chosen option", () -> studentForm().header("X-Attempt-Token", known.token())
                .formParam("shown", String.valueOf(known.choiceQuestion()))
                .formParam("q" + known.choiceQuestion(), Payloads.SQL).post(own));
        add(post, "a typed answer of 600 characters", () -> studentForm().header("X-Attempt-Token", known.token())
                .formParam("shown", String.valueOf(known.fillQuestion()))
                .formParam("q" + known.fillQuestion(), "y".repeat(600)).post(own));
        add(post, "a NUL in a typed answer", () -> studentForm().header("X-Attempt-Token", known.token())
                .formParam("shown", String.valueOf(known.fillQuestion()))
                .formParam("q" + known.fillQuestion(), "Lind\u0000qvist").post(own));
        formAttacks(post, own, this::withToken);
        add(post, "an attempt that does not exist", () -> studentForm().post("/attempts/" + Payloads.UNKNOWN_UUID));
    }
}
