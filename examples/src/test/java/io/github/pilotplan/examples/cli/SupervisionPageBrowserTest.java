package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.Corpus;
import io.github.pilotplan.PlanLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervision page in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) driven by Selenium. Skipped, saying
 * so, only on a machine without them.
 */
class SupervisionPageBrowserTest {

  private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  @TempDir
  static Path profile;

  private static SupervisionServer seed;
  private static SupervisionServer xss;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    Optional<String> chromium = firstExisting(CHROMIUM);
    Optional<String> driver = firstExisting(DRIVER);
    Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
        "no chromium/chromedriver on this machine (looked for " + CHROMIUM + " and " + DRIVER
            + "): the browser test is skipped; .ci/run installs Debian's chromium and "
            + "chromium-driver");
    seed = SupervisionServer.start(Corpus.of(PlanLoader.seed()), SupervisionServerTest.loopback());
    xss = SupervisionServer.start(
        Corpus.of(PlanLoader.standard().load(SupervisionServerTest.XSS_PLAN)),
        SupervisionServerTest.loopback());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1600",
        "--user-data-dir=" + Files.createDirectory(profile.resolve("chromium")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(driver.get()))
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (seed != null) {
      seed.close();
    }
    if (xss != null) {
      xss.close();
    }
  }

  private static Optional<String> firstExisting(List<String> paths) {
    return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
  }

  /** Opens the page and waits for its first table. */
  private static void open(SupervisionServer server) {
    browser.get(server.url());
    awaitTable();
  }

  /** Waits until the page has drawn the answer to its latest search. */
  private static void awaitTable() {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(
        d -> ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready") != null);
  }

  /** Runs {@code action}, then waits for the table it asks for. */
  private static void andAwait(Runnable action) {
    ((JavascriptExecutor) browser).executeScript("delete document.body.dataset.ready");
    action.run();
    awaitTable();
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#tasks tbody tr"));
  }

  private static List<String> column(String cssClass) {
    return rows().stream().map(r -> r.findElement(By.cssSelector("td." + cssClass)).getText())
        .collect(Collectors.toList());
  }

  private static void search(String query) {
    WebElement box = browser.findElement(By.id("q"));
    andAwait(() -> {
      box.clear();
      box.sendKeys(query, Keys.ENTER);
    });
  }

  private static void pickDate(String isoDate) {
    WebElement on = browser.findElement(By.id("on"));
    andAwait(() -> ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", on, isoDate));
  }

  @Test
  void theHeadlineQueryShowsExactlyFourRows() {
    open(seed);
    assertThat(browser.findElement(By.id("title")).getText()).contains("试点方案");
    search("owned by 市财政局 due 2011");
    assertThat(rows()).hasSize(4);
    assertThat(column("path")).containsExactly("(一) › 6", "(一) › 6 › (1)", "(一) › 6 › (2)",
        "(二) › 1 › (3)");
    assertThat(column("lead")).containsOnly("市民政局");
    // Each row links back to its line: (一)6(1) is line 38 of the seed.
    assertThat(rows().get(1).findElement(By.cssSelector("td.path a")).getAttribute("href"))
        .endsWith("/source#L38");
    // The per-unit breakdown (unit, tasks, led, overdue): 市财政局 is in all four and leads none;
    // the status date is today, after 2011, so all four are overdue.
    assertThat(browser.findElements(By.cssSelector("#units tbody tr")).stream()
        .map(WebElement::getText)).contains("市财政局 4 0 4", "市民政局 4 4 4");
  }

  @Test
  void pickingADateChangesTheOverdueRows() {
    open(seed);
    search("owned by 市财政局 due 2011");
    // All four fall due at the end of 2011 (到2011年, 2011年前, 2011年前, 2011年).
    pickDate("2011-06-30");
    assertThat(rows()).hasSize(4);
    assertThat(browser.findElements(By.cssSelector("#tasks tbody tr.overdue"))).isEmpty();
    assertThat(column("status")).containsOnly("未到期 due");
    pickDate("2012-01-01");
    assertThat(browser.findElements(By.cssSelector("#tasks tbody tr.overdue"))).hasSize(4);
    assertThat(column("status")).containsOnly("逾期 overdue");
  }

  @Test
  void aBadQueryShowsTheLocatedMessage() {
    open(seed);
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("owned by 市才政局", Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id("error")).isDisplayed());
    assertThat(browser.findElement(By.id("error")).getText()).contains("市才政局", "index 9");
  }

  @Test
  void markupInATaskIsShownAsText() {
    open(xss);
    assertThat(column("text")).contains("<script>alert(1)</script>市财政局负责,2012年底前完成。");
    assertThat(browser.findElements(By.cssSelector("#tasks script"))).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    browser.get(xss.url() + "source#L4");
    assertThat(browser.findElement(By.id("L4")).getText())
        .contains("<script>alert(1)</script>市财政局负责");
    assertThat(browser.findElements(By.cssSelector("pre script"))).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

}
