package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver): sign in as staff, find an overdue
 * commitment on the overview, follow it to its page with the timeline and explanation, compare runs, and run an
 * evaluation. Screenshots of each page go to target/screenshots. Skipped where the browser is not installed
 * (.ci/run installs it; README says how).
 */
@QuarkusTest
class PagesInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            Logger.getLogger(PagesInBrowserTest.class).warnf("Browser tests SKIPPED: %s or %s is missing. Install "
                    + "them with: sudo apt-get install chromium chromium-driver (as .ci/run does)", CHROMIUM,
                    CHROMEDRIVER);
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed: apt-get install chromium "
                + "chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffFindAnOverdueCommitmentReadItsTimelineAndRunAnEvaluation() throws IOException {
        String summary = "Browser test: meet on " + TestData.uniqueTopic();
        String id = overdueCommitment(summary);

        signInAs(Roles.STAFF);
        browser.get(base + "");
        WebElement overdue = browser.findElement(By.cssSelector("section[aria-labelledby='overdue-title']"));
        assertThat(overdue.getText()).contains(summary);
        screenshot("overview");

        overdue.findElement(By.linkText(summary)).click();
        assertThat(browser.getCurrentUrl()).endsWith("/commitments/" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(summary);
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='status-title']")).getText())
                .contains("OVERDUE", "deadline 2021-12-10");
        WebElement timeline = browser.findElement(By.cssSelector("svg.timeline"));
        assertThat(timeline.findElement(By.tagName("desc")).getAttribute("textContent"))
                .contains("Deadline 2021-12-10", "OVERDUE");
        assertThat(timeline.findElements(By.cssSelector("rect.late"))).hasSize(1);
        assertThat(timeline.findElements(By.cssSelector("g.mark.deadline"))).hasSize(1);
        screenshot("commitment");

        browser.get(base + "runs");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Evaluation runs");
        browser.findElement(By.cssSelector("form.filters button")).click();
        assertThat(browser.findElement(By.id("diff-title")).getText()).startsWith("Run ");
        screenshot("runs");

        browser.get(base + "");
        WebElement asOf = browser.findElement(By.cssSelector("form.evaluate input[name='asOf']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2021-11-20'", asOf);
        browser.findElement(By.cssSelector("form.evaluate button")).click();
        awaitUrlContaining("/runs?from=current&to=");
        assertThat(browser.findElement(By.id("diff-title")).getText()).contains("(current)", "(replay)");
        WebElement change = browser.findElement(By.xpath("//table//a[text()='" + id + "']/ancestor::tr"));
        assertThat(change.getText()).contains("OVERDUE", "DUE SOON");
        screenshot("replay-diff");

        browser.get(base + "");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='overdue-title']")).getText())
                .as("a replay never becomes current").contains(summary);
        browser.findElement(By.cssSelector("ul.counts li.status-OVERDUE a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/commitments?status=OVERDUE");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Commitments overdue");
        assertThat(browser.findElements(By.cssSelector("table.list span.status")))
                .as("the list holds the current run's overdue commitments, newest statement first, paged")
                .isNotEmpty().allSatisfy(status -> assertThat(status.getText()).isEqualTo("OVERDUE"));
    }

    @Test
    void theOverviewFitsANarrowScreenWithoutScrollingSideways() throws IOException {
        overdueCommitment("Browser test: a long summary that has to wrap on a phone " + TestData.uniqueTopic());
        signInAs(Roles.STAFF);
        Dimension wide = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(360, 800));
            for (String page : List.of("", "commitments?status=OVERDUE", "runs")) {
                browser.get(base + page);
                long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as("horizontal overflow of /%s at 360 px", page).isLessThanOrEqualTo(0);
            }
            browser.get(base + "");
            screenshot("overview-360px");
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    @Test
    void scorecardChartsFitANarrowAndAWideScreenWithNoScriptFromElsewhere() throws IOException {
        overdueCommitment("Browser test: a scorecard " + TestData.uniqueTopic());
        signInAs(Roles.STAFF);
        Dimension wide = browser.manage().window().getSize();
        try {
            for (int width : List.of(360, 1280)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                for (String page : List.of("scorecards", "scorecards/report")) {
                    browser.get(base + page);
                    JavascriptExecutor js = (JavascriptExecutor) browser;
                    long overflow = (Long) js.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow).as("horizontal overflow of /%s at %d px, from %s", page, width,
                            js.executeScript("return [...document.querySelectorAll('main *')].filter(e => "
                                    + "e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                                    + ".slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ');"))
                            .isLessThanOrEqualTo(0);
                    List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
                    assertThat(charts).as("charts on /%s", page).hasSize(2).allSatisfy(chart -> {
                        assertThat(chart.getSize().getWidth()).isPositive().isLessThanOrEqualTo(width);
                        assertThat(chart.getSize().getHeight()).isPositive();
                    });
                    assertThat((Long) js.executeScript("return document.scripts.length;"))
                            .as("scripts on /%s", page).isZero();
                    assertThat((Long) js.executeScript("return document.styleSheets.length;"))
                            .as("styles applied on /%s", page).isEqualTo(1);
                }
                screenshot("scorecards-" + width + "px");
            }
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws IOException {
        browser.get(base + "logout");
        browser.get(base + "runs");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.name("j_username")).sendKeys(Roles.VIEWER);
        browser.findElement(By.name("j_password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("form.login button")).click();
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("do not match");
        screenshot("sign-in-refused");
    }

    /** A one-off commitment due 2021-12-10 with no evidence, evaluated as of today: overdue. */
    static String overdueCommitment(String summary) {
        String source = TestData.createSourceAs(Roles.STAFF);
        Map<String, Object> commitment = new java.util.HashMap<>(
                TestData.oneOff(source, TestData.uniqueTopic(), List.of("KOR"), "2021-12-10"));
        commitment.put("summary", summary);
        given().auth().preemptive().basic(Roles.STAFF, Roles.STAFF).contentType(ContentType.JSON).body(commitment)
                .post("/api/commitments").then().statusCode(201);
        given().auth().preemptive().basic(Roles.STAFF, Roles.STAFF).contentType(ContentType.JSON).body("{}")
                .post("/api/evaluations").then().statusCode(201);
        return (String) commitment.get("id");
    }

    static void awaitUrlContaining(String part) {
        Awaitility.await("the browser at a URL containing " + part).atMost(Duration.ofMinutes(1))
                .until(() -> browser.getCurrentUrl().contains(part));
    }

    void signInAs(String user) {
        browser.get(base + "logout");
        browser.get(base + "login");
        browser.findElement(By.name("j_username")).sendKeys(user);
        browser.findElement(By.name("j_password")).sendKeys(user);
        browser.findElement(By.cssSelector("form.login button")).click();
    }

    static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
