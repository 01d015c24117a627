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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsquiz.web.quiz.Quiz;

/**
 * A student on a 360-pixel-wide screen with only a keyboard: joins the seed quiz by code, answers every question,
 * reloads half-way and finds the answers kept, submits, and reads the review with the marked source passage.
 * axe-core finds no serious or critical problem on the join, question and score-with-review pages.
 */
@QuarkusTest
class SeedQuizBrowserTest {
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @TestHTTPResource("/")
    URL home;

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
        tabUntil(e -> "submit".equals(e.getAttribute("value")));
        type(Keys.ENTER);

        String score = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".score"))).getText();
        assertTrue(score.matches("Your score: [0-9.]+ out of " + total), score);
        assertEquals(total, browser.findElements(By.cssSelector("li.reviewed")).size());
        List<WebElement> marks = browser.findElements(By.cssSelector("blockquote.passage mark"));
        assertTrue(marks.size() >= total / 2, "source passages are shown with the evidence marked");
        assertNotEquals("", marks.get(0).getText());
        assertAccessible("score and review");
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
