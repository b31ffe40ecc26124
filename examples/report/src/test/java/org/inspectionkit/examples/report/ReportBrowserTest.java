package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The example report in a real browser: Debian's Chromium, headless, driven by the system chromedriver. It loads
 * the page from a file, checks the console has no error (the page's Content Security Policy turns any attempt to
 * fetch something into one), checks the layout, and keeps a full-page screenshot at
 * {@code target/report-screenshot.png}.
 *
 * <p>Skipped, with the command to install them, where Chromium or chromedriver is missing; {@code .ci/run} installs
 * both.
 */
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDTH = 1280;

  static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");

  @TempDir static Path profile;

  static ChromeDriver driver;
  static List<LogEntry> console;

  @BeforeAll
  static void openTheReport() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed: the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
            + "; install them with: apt-get install chromium chromium-driver");
    driver = headless(profile);
    Files.createDirectories(TARGET);
    Path page = TARGET.resolve("report-example.html");
    Files.writeString(page, Example.REPORT.html(), StandardCharsets.UTF_8);
    driver.get(page.toUri().toString());
    console = driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /**
   * Headless Chromium with the browser console logged, its profile under {@code profile}; the caller has checked
   * that Chromium and chromedriver are installed.
   */
  static ChromeDriver headless(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.resolve("chromium"), "--window-size=" + WIDTH + ",1000");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void page_loadsWithoutAConsoleError() {
    List<String> severe = console.stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::toString)
        .collect(Collectors.toList());
    assertThat(severe).as("console errors").isEmpty();
    assertThat(driver.getTitle()).isEqualTo("BeNCH CRC: inspection report, 2019-20");
  }

  @Test
  void page_drawsEveryChartAndFitsTheWindowWidth() {
    List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
    assertThat(charts).hasSize(6);
    for (WebElement chart : charts) {
      assertThat(chart.getSize().getWidth()).isGreaterThan(600);
      assertThat(chart.getSize().getHeight()).isGreaterThan(100);
    }
    long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
    long innerWidth = (Long) script("return window.innerWidth");
    assertThat(scrollWidth).as("nothing overflows sideways").isLessThanOrEqualTo(innerWidth);
  }

  @Test
  void page_coloursComeFromThePalette() {
    WebElement inadequate = driver.findElement(By.cssSelector("table.ratings tr[data-standard='2.2'] .badge"));
    assertThat(inadequate.getText()).isEqualTo("Inadequate");
    assertThat(inadequate.getCssValue("background-color")).isEqualTo("rgba(177, 14, 30, 1)");
    assertThat(inadequate.getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
    WebElement bar = driver.findElement(By.cssSelector("#chart-2-2 g[data-key-question='2.2.3'] rect.bar"));
    assertThat(bar.getCssValue("fill")).isEqualTo("rgb(177, 14, 30)");
  }

  @Test
  void screenshot_ofTheWholePage_isKeptAsABuildArtefact() throws IOException {
    long height = (Long) script("return document.documentElement.scrollHeight");
    assertThat(height).isGreaterThan(3000);
    // The window is the viewport plus the browser's own frame: grow it until the viewport holds the whole page.
    driver.manage().window().setSize(new Dimension(WIDTH, (int) height));
    long viewport = (Long) script("return window.innerHeight");
    height = (Long) script("return document.documentElement.scrollHeight");
    if (viewport < height) {
      driver.manage().window().setSize(new Dimension(WIDTH, (int) (2 * height - viewport)));
    }
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path kept = TARGET.resolve("report-screenshot.png");
    Files.copy(shot.toPath(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    byte[] png = Files.readAllBytes(kept);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    int pngHeight = ((png[20] & 0xff) << 24) | ((png[21] & 0xff) << 16) | ((png[22] & 0xff) << 8) | (png[23] & 0xff);
    assertThat(pngHeight).as("the whole page is in the picture").isGreaterThanOrEqualTo((int) height);
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }
}
