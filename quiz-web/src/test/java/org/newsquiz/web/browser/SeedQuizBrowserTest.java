package org.newsquiz.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsquiz.web.attempt.QuizFixtures;
import org.newsquiz.web.quiz.Quiz;

/**
 * A student on a 360-pixel-wide screen with only a keyboard: joins the seed quiz by code, answers every question,
 * reloads half-way and finds the answers kept, submits, and reads the review with the marked source passage.
 * axe-core finds no serious or critical problem on the join, question and score-with-review pages. And a student
 * on a 390×844 phone mistypes the code, answers one question of every type page by page, skips one with the
 * navigator, leaves, comes back to the question skipped, is told before handing in which question is unanswered,
 * and reads the score as a percentage.
 */
@QuarkusTest
class SeedQuizBrowserTest {
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @TestHTTPResource("/")
    URL home;

    @Inject
    QuizFixtures fixtures;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Transactional
    String seedCode() {
        return Quiz.<Quiz>find("libraryKey", "000_dc5d9eb8090fe75b.txt").firstResult().code;
    }

    @Test
    void takesTheSeedQuizByKeyboardAndReadsTheReview() throws IOException {
        browser.get(home.toString());
        assertAccessible("join");
        tabUntil(e -> "code".equals(e.getAttribute("id")));
        type(seedCode().toLowerCase());
        assertTrue(focusIsVisible(), "the focused field shows a focus ring");
        type(Keys.TAB, "Dana", Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("fieldset.question")).isEmpty());
        assertAccessible("question");
        assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth") <= 360,
                "no sideways scrolling at 360 px");
        List<WebElement> fieldsets = browser.findElements(By.cssSelector("fieldset.question"));
        int total = fieldsets.size();
        Map<String, Integer> handled = new HashMap<>();
        answerByKeyboard(handled, total / 2);
        awaitSaved(handled.size());

        browser.navigate().refresh();
        assertEquals(String.valueOf(handled.size()), browser.findElement(By.id("answered")).getText(),
                "the answers given before the reload are still saved");
        long chosen = (Long) browser.executeScript(
                "return document.querySelectorAll('fieldset.question input:checked').length");
        assertTrue(chosen > 0, "chosen options are still chosen after the reload");

        answerByKeyboard(handled, total);
        awaitSaved(total);
        tabUntil(e -> "finish".equals(e.getAttribute("value")));
        type(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("confirm-submit")).isEmpty());
        assertTrue(browser.getPageSource().contains("You have answered all " + total + " questions."));
        tabUntil(e -> "confirm-submit".equals(e.getAttribute("id")));
        type(Keys.ENTER);

        String score = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".score"))).getText();
        assertTrue(score.matches("Your score: [0-9.]+ out of " + total + " \\([0-9]{1,3}%\\)"), score);
        assertEquals(total, browser.findElements(By.cssSelector("li.reviewed")).size());
        List<WebElement> marks = browser.findElements(By.cssSelector("details.source blockquote.passage mark"));
        assertTrue(marks.size() >= total / 2, "source passages are kept with the evidence marked");
        assertNotEquals("", marks.get(0).getAttribute("textContent"));
        assertAccessible("score and review");
    }

    @Test
    void answersEveryTypeOnAPhoneResumesAndHandsInAfterTheConfirmation() throws IOException {
        Quiz quiz = fixtures.publish(q -> {
            q.onePerPage = true;
            q.timeLimitSeconds = 1200;
        });
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(home.toString());
        browser.findElement(By.id("code")).sendKeys("QQ00QQ");
        browser.findElement(By.id("name")).sendKeys("Mira");
        browser.findElement(By.cssSelector("form.join button")).click();
        assertEquals("Mira", browser.findElement(By.id("name")).getAttribute("value"), "the name is kept");
        assertTrue(browser.findElement(By.id("join-problem")).getText().startsWith("No quiz has the code"));
        assertAccessible("join with a wrong code");
        shoot("join-wrong-code");
        WebElement code = browser.findElement(By.id("code"));
        code.clear();
        code.sendKeys(quiz.code);
        browser.findElement(By.cssSelector("form.join button")).click();

        awaitQuestion(1);
        String deadline = browser.findElement(By.cssSelector(".timer time")).getText();
        assertTrue(deadline.matches("\\d{1,2}:\\d{2}( [AP]M)?"), "hand-in time in local time: " + deadline);
        assertAccessible("question");
        shoot("question");
        answerShown();
        next();
        awaitQuestion(2);
        answerShown();
        next();
        awaitQuestion(3);
        browser.findElement(By.cssSelector(".question-nav button[value='4']")).click();
        for (int number = 4; number <= 8; number++) {
            awaitQuestion(number);
            answerShown();
            if (number < 8) {
                next();
            }
        }
        List<String> expected = List.of("answered", "answered", "open", "answered", "answered", "answered", "answered",
                "answered");
        settled().until(d -> expected.equals(d.findElements(
                By.cssSelector(".question-nav [data-nav]")).stream().map(e -> e.getAttribute("class")).toList()));

        browser.get(home.toString());
        browser.get(home.toString() + "join/" + quiz.code);
        awaitQuestion(3);
        browser.findElement(By.cssSelector("button[value=finish]")).click();
        WebElement missing = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("unanswered")));
        assertEquals(1, missing.findElements(By.tagName("li")).size());
        assertTrue(missing.getText().startsWith("Question 3: "), missing.getText());
        assertAccessible("confirmation");
        shoot("confirm");
        missing.findElement(By.linkText("Question 3")).click();
        awaitQuestion(3);
        answerShown();
        browser.findElement(By.cssSelector("button[value=finish]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("confirm-submit"))).click();

        String score = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".score"))).getText();
        java.util.regex.Matcher parts = java.util.regex.Pattern
                .compile("Your score: ([0-9.]+) out of 8 \\(([0-9]{1,3})%\\)").matcher(score);
        assertTrue(parts.matches(), score);
        assertEquals(Math.round(100 * Double.parseDouble(parts.group(1)) / 8), Long.parseLong(parts.group(2)));
        assertTrue(Double.parseDouble(parts.group(1)) >= 3, "the answers chosen were marked: " + score);
        assertEquals(8, browser.findElements(By.cssSelector("li.reviewed details.source")).size(),
                "each question's passage once, folded");
        assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth") <= 390,
                "no sideways scrolling on the phone");
        assertAccessible("score and review");
        shoot("result");
        browser.findElement(By.cssSelector("li.reviewed details.source summary")).click();
        shoot("result-passage");
    }

    /** Answers the question on the page by its control, as a student would pick: first options, plausible text. */
    private void answerShown() {
        WebElement fieldset = browser.findElement(By.cssSelector("fieldset.question"));
        switch (fieldset.getAttribute("data-control")) {
            case "radio", "checkbox" -> fieldset.findElement(By.cssSelector("input")).click();
            case "text" -> fieldset.findElement(By.cssSelector("input")).sendKeys("Lindqvist");
            case "number" -> fieldset.findElement(By.cssSelector("input")).sendKeys("4.35");
            default -> {
                List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                for (int i = 0; i < selects.size(); i++) {
                    new Select(selects.get(i)).selectByIndex(i + 1);
                }
            }
        }
    }

    private void next() {
        browser.findElement(By.cssSelector("button[value=next]")).click();
    }

    private void awaitQuestion(int number) {
        settled().until(d -> d.findElement(By.cssSelector("legend .number"))
                .getText().startsWith("Question " + number + " of "));
    }

    /** A wait that looks again while a page is being replaced, when the element read may just have gone. */
    private WebDriverWait settled() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** With {@code -Dscreenshots=DIR}, the page at the phone size and at 1280×800, for the documentation. */
    private void shoot(String name) throws IOException {
        String dir = System.getProperty("screenshots");
        if (dir == null) {
            return;
        }
        Dimension phone = browser.manage().window().getSize();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
        java.nio.file.Files.write(java.nio.file.Path.of(dir, "student-" + name + "-phone.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 800));
        java.nio.file.Files.write(java.nio.file.Path.of(dir, "student-" + name + "-desktop.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        browser.manage().window().setSize(phone);
    }

    /** Tabs through the form, answering each question met that is not answered yet, until {@code target} are. */
    private void answerByKeyboard(Map<String, Integer> handled, int target) {
        for (int presses = 0; handled.size() < target && presses < 2000; presses++) {
            type(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            String fieldset = (String) browser.executeScript(
                    "var f = arguments[0].closest('fieldset.question'); return f ? f.dataset.question : null;", focused);
            if (fieldset == null) {
                continue;
            }
            String tag = focused.getTagName();
            String kind = "select".equals(tag) ? "select" : focused.getAttribute("type");
            int seen = handled.getOrDefault(fieldset, 0);
            switch (kind) {
                case "radio", "checkbox" -> {
                    if (seen == 0) {
                        type(Keys.SPACE);
                    }
                }
                case "select" -> {
                    for (int i = 0; i <= seen; i++) {
                        type(Keys.ARROW_DOWN);
                    }
                }
                default -> {
                    if (seen == 0) {
                        type(focused.getAttribute("inputmode") != null ? "12" : "Kyiv");
                    }
                }
            }
            handled.merge(fieldset, 1, Integer::sum);
        }
        assertEquals(target, handled.size(), "every question could be reached by keyboard");
    }

    private void awaitSaved(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Integer.parseInt(
                d.findElement(By.id("answered")).getText()) == count);
    }

    private void tabUntil(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 2000; i++) {
            type(Keys.TAB);
            if (wanted.test(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("not reachable with the Tab key");
    }

    private void type(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private boolean focusIsVisible() {
        return !"none".equals(browser.executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle"));
    }

    private void assertAccessible(String page) throws IOException {
        String axe;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object serious = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run().then(function (result) {
                  done(result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                });""");
        assertEquals(List.of(), serious, "axe-core on the " + page + " page");
    }
}
