package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The portfolio page of the example inspections in headless Chromium, as {@link ReportBrowserTest} opens the
 * inspection report: no console error, every chart drawn at a readable size, nothing wider than the window, the
 * palette's colours. Skipped, saying how to install them, without Chromium and chromedriver.
 */
class PortfolioBrowserTest {

  @TempDir static Path profile;

  static ChromeDriver driver;
  static List<LogEntry> console;

  @BeforeAll
  static void openThePage() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(ReportBrowserTest.CHROMIUM) && Files.isExecutable(ReportBrowserTest.CHROMEDRIVER),
        "Chromium not installed: the browser test needs " + ReportBrowserTest.CHROMIUM + " and "
            + ReportBrowserTest.CHROMEDRIVER + "; install them with: apt-get install chromium chromium-driver");
    driver = ReportBrowserTest.headless(profile);
    Files.createDirectories(ReportBrowserTest.TARGET);
    Path page = ReportBrowserTest.TARGET.resolve("portfolio-example.html");
    Files.writeString(page, PortfolioReport.of(PortfolioReportTest.PORTFOLIO).html(), StandardCharsets.UTF_8);
    driver.get(page.toUri().toString());
    console = driver.manage().logs().get(LogType.BROWSER).getAll();
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
    assertThat(driver.getTitle()).isEqualTo("The national picture: every cycle, every provider type");
  }

  @Test
  void page_drawsEveryChartAndFitsTheWindowWidth() {
    List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
    // The overall ratings, and the key questions of each of the four cycles and provider types.
    assertThat(charts).hasSize(5);
    for (WebElement chart : charts) {
      assertThat(chart.getSize().getWidth()).as("chart %s width", chart.getAttribute("id")).isGreaterThan(600);
      assertThat(chart.getSize().getHeight()).as("chart %s height", chart.getAttribute("id")).isGreaterThan(100);
    }
    long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
    long innerWidth = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
    assertThat(scrollWidth).as("nothing overflows sideways").isLessThanOrEqualTo(innerWidth);
  }

  @Test
  void page_coloursTheRatingsFromThePalette() {
    WebElement good = driver.findElement(By.cssSelector("svg#chart-overall rect[data-rating='Good']"));
    assertThat(good.getCssValue("fill")).as("the Good segment").isNotEqualTo("rgb(0, 0, 0)");
    WebElement badge = driver.findElement(By.cssSelector("section#trends tr[data-provider='crc-thames-valley'] .badge"));
    assertThat(badge.getText()).isEqualTo("Requires improvement");
    assertThat(badge.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
  }
}
