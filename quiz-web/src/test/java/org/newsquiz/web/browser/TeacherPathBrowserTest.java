package org.newsquiz.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * A teacher's whole path in a real Chromium at 1280×800: signs in, pastes a 6,000-character article, drafts its
 * questions, approves all, rejects one, edits one, adds one, publishes and reads the join code from the ready page;
 * a student joins on a phone-sized window, answers and submits; the teacher reads the results, resets the attempt
 * and exports the set as GIFT. From the paste to the published quiz the teacher needs at most 25 clicks and 5
 * minutes. axe-core finds no serious or critical problem on any teacher page, at either width. With
 * {@code -Dscreenshots=DIR} the main pages are saved there at 1280×800 and 390×844.
 */
@QuarkusTest
class TeacherPathBrowserTest {
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Dimension DESK = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(390, 844);

    @TestHTTPResource("/")
    URL home;
    @Inject
    TestTeachers teachers;

    private ChromeDriver teacher;
    private ChromeDriver student;
    private int clicks;

    @BeforeEach
    void openBrowsers() {
        teacher = Chromium.start();
        teacher.manage().window().setSize(DESK);
    }

    @AfterEach
    void closeBrowsers() {
        teacher.quit();
        if (student != null) {
            student.quit();
        }
    }

    @Test
    void fromPastedArticleToResults() throws IOException {
        Teacher account = teachers.teacher("browser-path@school.test");
        signIn(account);
        check("articles");
        String article = new String(resource("browser/river-article.txt"), StandardCharsets.UTF_8);
        assertTrue(article.length() >= 6000, "a 6,000-character article");

        long started = System.nanoTime();
        clicks = 0;
        paste(article);
        new WebDriverWait(teacher, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/teacher/articles/\\d+"));
        check("article");
        click(By.xpath("//button[normalize-space()='Draft questions']"));
        WebElement review = new WebDriverWait(teacher, Duration.ofSeconds(120)).until(d -> d.findElements(
                By.xpath("//a[starts-with(normalize-space(), 'Review the')]")).stream().findFirst().orElse(null));
        check("batch");
        click(review);
        check("review");
        int drafts = teacher.findElements(By.cssSelector("ol.review > li")).size();
        assertTrue(drafts >= 4, "the article gives at least four drafts, got " + drafts);

        click(By.xpath("//button[starts-with(normalize-space(), 'Approve all')]"));
        assertEquals(drafts, teacher.findElements(By.cssSelector("li.state-APPROVED")).size(), "all approved");
        click(By.xpath("(//ol[@class='review']/li)[1]//button[normalize-space()='Reject']"));
        assertEquals(1, teacher.findElements(By.cssSelector("li.state-REJECTED")).size(), "one rejected");

        click(By.cssSelector("ol.review > li:nth-child(2) a[href$='/edit']"));
        check("question editor");
        WebElement prompt = teacher.findElement(By.id("prompt"));
        prompt.clear();
        prompt.sendKeys("Which river does the new Millbrook barrier hold back?");
        click(By.xpath("//button[normalize-space()='Save question']"));
        if (!teacher.findElements(By.cssSelector("p.problem")).isEmpty()) {
            throw new AssertionError("the edit was refused: " + teacher.findElement(By.tagName("main")).getText());
        }
        assertEquals(1, teacher.findElements(By.cssSelector("li.state-APPROVED .badge")).stream()
                .filter(b -> b.getText().equals("edited")).count(), "the edited question is marked");

        click(By.linkText("Add a question by hand"));
        teacher.findElement(By.id("prompt")).sendKeys("How many gates does the barrier have?");
        teacher.findElement(By.id("option-0")).sendKeys("seven");
        teacher.findElement(By.id("option-1")).sendKeys("twelve");
        teacher.findElement(By.id("option-2")).sendKeys("thirty");
        click(By.id("correct-0"));
        click(By.xpath("//button[normalize-space()='Save question']"));
        assertTrue(teacher.getPageSource().contains("How many gates does the barrier have?"), "the own question is listed");

        click(By.xpath("//a[starts-with(normalize-space(), 'Publish a quiz')]"));
        check("publish");
        String title = teacher.findElement(By.id("title")).getAttribute("value");
        click(By.xpath("//button[normalize-space()='Publish the quiz']"));
        String code = teacher.findElement(By.id("join-code")).getText();
        double minutes = (System.nanoTime() - started) / 60e9;
        System.out.printf("Teacher path, pasted article to published quiz: %d clicks, %.1f s%n", clicks, minutes * 60);
        assertTrue(clicks <= 25, clicks + " clicks");
        assertTrue(minutes <= 5, minutes + " minutes");
        assertTrue(code.matches("[A-Z0-9]{6}"), code);
        assertTrue(teacher.findElement(By.cssSelector(".qr svg path")).getAttribute("d").length() > 100, "a QR code");
        String link = teacher.findElement(By.id("join-link")).getAttribute("value");
        assertTrue(link.endsWith("/join/" + code), link);
        check("ready");
        teacher.findElement(By.linkText("Show to the class")).click();
        assertEquals(code, teacher.findElement(By.cssSelector(".join-code.huge")).getText());
        check("class view");
        teacher.navigate().back();

        studentJoins(code, "Dana");
        int answered = studentAnswersEverything();
        String score = studentSubmits();
        assertTrue(score.contains("out of " + answered), score);

        teacher.findElement(By.partialLinkText("Results")).click();
        check("results");
        assertTrue(teacher.findElement(By.tagName("svg")).getText().contains("Attempts"), "the histogram's axis is named");
        teacher.findElement(By.linkText("Dana")).click();
        check("attempt");
        assertTrue(teacher.findElement(By.tagName("main")).getText().contains("Submitted"));
        teacher.findElement(By.cssSelector("details.card > summary")).click();
        teacher.findElement(By.name("confirm")).click();
        teacher.findElement(By.xpath("//button[normalize-space()='Reset the attempt']")).click();
        // The reset reloads the page: wait for the new one rather than read the old one as it goes.
        new WebDriverWait(teacher, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .withMessage("the attempt is reset")
                .until(d -> d.findElement(By.tagName("main")).getText().contains("In progress"));

        teacher.get(home + "teacher/quizzes");
        check("quizzes");
        teacher.get(home + "teacher/sets");
        check("sets");
        teacher.findElement(By.xpath("//a[contains(@href, '/results') and contains(., '" + title + "')]"));
        teacher.get(home + "teacher/exchange");
        teacher.findElement(By.linkText(title)).click();
        String gift = (String) teacher.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var link = Array.from(document.querySelectorAll('a[href*="format="]'))
                  .find(function (a) { return /gift/i.test(a.href); });
                fetch(link.href).then(function (r) { return r.text(); }).then(done);""");
        assertTrue(gift.contains("Which river does the new Millbrook barrier hold back?"), gift);
        assertTrue(gift.contains("How many gates does the barrier have?"), gift);
        assertFalse(teacher.getPageSource().contains("Exception"));
    }

    private void signIn(Teacher account) {
        teacher.get(home + "login");
        teacher.findElement(By.name("j_username")).sendKeys(account.email);
        teacher.findElement(By.name("j_password")).sendKeys(TestTeachers.PASSWORD);
        teacher.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(teacher, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/teacher"));
    }

    /** Pasting: the text lands in the box at once, as from the clipboard, then one click adds it. */
    private void paste(String article) {
        WebElement text = teacher.findElement(By.id("text"));
        teacher.executeScript("arguments[0].value = arguments[1];", text, article);
        click(By.xpath("//button[normalize-space()='Add pasted article']"));
    }

    private void click(By target) {
        click(teacher.findElement(target));
    }

    /**
     * Whether the page that held {@code target} has been left. While it is being replaced, Chromium may also answer
     * that the element's node "does not belong to the document" instead of calling it stale.
     */
    private static boolean gone(WebElement target) {
        try {
            target.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks as the teacher; a link or a submit button is followed until the next page has loaded. */
    private void click(WebElement target) {
        String tag = target.getTagName();
        boolean navigates = tag.equals("a") || tag.equals("button") && !"button".equals(target.getAttribute("type"))
                || tag.equals("input") && "submit".equals(target.getAttribute("type"));
        target.click();
        clicks++;
        if (navigates) {
            WebDriverWait wait = new WebDriverWait(teacher, Duration.ofSeconds(60));
            wait.until(d -> gone(target));
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        }
    }

    // The student's side, kept to small steps so that changes to the student pages touch only these.

    private void studentJoins(String code, String name) {
        student = Chromium.start();
        student.manage().window().setSize(PHONE);
        student.get(home.toString());
        student.findElement(By.id("code")).sendKeys(code.toLowerCase());
        student.findElement(By.id("name")).sendKeys(name);
        student.findElement(By.xpath("//button[normalize-space()='Join']")).click();
        new WebDriverWait(student, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("fieldset.question")).isEmpty());
    }

    /** Answers each question with its first option, item or a typed word; returns how many there are. */
    private int studentAnswersEverything() {
        List<WebElement> questions = student.findElements(By.cssSelector("fieldset.question"));
        for (WebElement question : questions) {
            List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
            List<WebElement> menus = question.findElements(By.tagName("select"));
            List<WebElement> typed = question.findElements(By.cssSelector("input[type=text]"));
            if (!choices.isEmpty()) {
                choices.get(0).click();
            } else if (!menus.isEmpty()) {
                for (int i = 0; i < menus.size(); i++) {
                    new Select(menus.get(i)).selectByIndex(Math.min(i + 1, new Select(menus.get(i)).getOptions().size() - 1));
                }
            } else if (!typed.isEmpty()) {
                typed.get(0).sendKeys(typed.get(0).getAttribute("inputmode") != null ? "7" : "Alder");
            }
        }
        return questions.size();
    }

    /** Hands in through the confirmation page, which names any unanswered question. */
    private String studentSubmits() {
        student.findElement(By.cssSelector("button[name=action][value=finish]")).click();
        new WebDriverWait(student, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("confirm-submit"))).click();
        return new WebDriverWait(student, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".score"))).getText();
    }

    /** axe-core at both widths, no sideways scrolling on the phone, and the page's screenshots when asked. */
    private void check(String page) throws IOException {
        for (Dimension size : List.of(DESK, PHONE)) {
            teacher.manage().window().setSize(size);
            assertAccessible(page + " at " + size.width + " px");
            if (size == PHONE) {
                assertTrue((Long) teacher.executeScript("return document.documentElement.scrollWidth") <= size.width,
                        "no sideways scrolling on the " + page + " page at " + size.width + " px");
            }
            String dir = System.getProperty("screenshots");
            if (dir != null) {
                Path file = Path.of(dir, page.replace(' ', '-') + "-" + size.width + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, teacher.getScreenshotAs(OutputType.BYTES));
            }
        }
        teacher.manage().window().setSize(DESK);
    }

    private void assertAccessible(String page) throws IOException {
        teacher.executeScript(new String(resource(AXE), StandardCharsets.UTF_8));
        teacher.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object serious = teacher.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run().then(function (result) {
                  done(result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                });""");
        assertEquals(List.of(), serious, "axe-core on the " + page + " page");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
