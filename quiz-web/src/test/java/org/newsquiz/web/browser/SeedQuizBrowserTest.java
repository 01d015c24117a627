package org.newsquiz.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A student in a real browser: home page, the seed quiz, every question answered, submitted, score shown. */
@QuarkusTest
class SeedQuizBrowserTest {

    @TestHTTPResource("/")
    URL home;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void takesTheSeedQuizAndSeesTheScore() {
        browser.get(home.toString());
        browser.findElement(By.partialLinkText("Talks in Washington")).click();
        browser.findElement(By.id("name")).sendKeys("Dana");
        browser.findElement(By.cssSelector("form.join button[type=submit]")).click();

        List<WebElement> questions = browser.findElements(By.cssSelector("fieldset.question"));
        assertTrue(questions.size() >= 1, "the quiz shows its questions");
        for (WebElement question : questions) {
            answer(question);
        }
        browser.findElement(By.cssSelector("button[value=submit]")).click();

        String score = browser.findElement(By.cssSelector(".score")).getText();
        assertTrue(score.matches("Your score: [0-9.]+ out of " + questions.size()), score);
    }

    private static void answer(WebElement question) {
        List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
        if (!choices.isEmpty()) {
            choices.get(0).click();
            return;
        }
        List<WebElement> selects = question.findElements(By.tagName("select"));
        if (!selects.isEmpty()) {
            for (WebElement select : selects) {
                new Select(select).selectByIndex(1);
            }
            return;
        }
        question.findElement(By.cssSelector("input[type=text]")).sendKeys("2014");
    }
}
