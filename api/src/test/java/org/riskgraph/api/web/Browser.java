package org.riskgraph.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs) driven
 * through WebDriver, for tests of the web pages as a person sees them. Without a browser on the
 * machine the test is skipped, saying why.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final String base;

  private Browser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** A browser for the application listening on {@code port}. */
  public static Browser open(int port) {
    return new Browser(chromium(), "http://127.0.0.1:" + port);
  }

  /** A browser for pages written to files, opened with {@link #visit(Path)}. */
  public static Browser forFiles() {
    return new Browser(chromium(), "file://");
  }

  private static WebDriver chromium() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "headless Chromium is not installed (apt-get install chromium chromium-driver); .ci/run installs it");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  public Browser login(String user, String password) {
    go("/login");
    driver.findElement(By.name("username")).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    // the form posts and is redirected; wait until the browser has left the bare login page
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> !d.getCurrentUrl().endsWith("/login"));
    return this;
  }

  /** Logs out with the button of the navigation bar and waits for the login page. */
  public Browser logout() {
    driver.findElement(By.cssSelector("form.logout button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/login"));
    return this;
  }

  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  public Browser visit(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
    return this;
  }

  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public List<String> count(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getTagName()).toList();
  }

  /** Console messages of level SEVERE: script errors, failed resources, CSP violations. */
  public List<String> errors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page, not only the window: the window is stretched to the page's height first. */
  public Path fullPageScreenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    Number height =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), Math.min(20_000, height.intValue() + 120)));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /**
   * Whether fontconfig knows a font with Chinese glyphs ({@code fc-list :lang=zh}); .ci/run
   * installs {@code fonts-noto-cjk}. Where none can be installed the glyph check is left out, with
   * a line on standard error, rather than failing on the machine instead of the page.
   */
  public static boolean chineseFontInstalled() {
    return Fontconfig.CHINESE; // asked once per test JVM
  }

  private static final class Fontconfig {
    static final boolean CHINESE = askFontconfig();
  }

  private static boolean askFontconfig() {
    try {
      Process fcList = new ProcessBuilder("fc-list", ":lang=zh", "family").start();
      boolean any = !new String(fcList.getInputStream().readAllBytes()).isBlank();
      fcList.waitFor();
      if (!any) {
        System.err.println("No Chinese font installed: the glyph check is left out");
      }
      return any;
    } catch (IOException e) {
      System.err.println("fc-list not available: the glyph check is left out");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Whether the first element matching {@code css} shows Chinese as glyphs, not as empty boxes: two
   * different characters drawn in its font must give different pixels (missing glyphs all look
   * alike).
   */
  public boolean drawsChineseGlyphs(String css) {
    Object differ =
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const font = getComputedStyle(document.querySelector(arguments[0])).fontFamily;
                const draw = ch => {
                  const c = document.createElement('canvas');
                  c.width = 64; c.height = 64;
                  const g = c.getContext('2d');
                  g.font = '48px ' + font;
                  g.fillText(ch, 4, 52);
                  return Array.from(g.getImageData(0, 0, 64, 64).data).join(',');
                };
                return draw('治') !== draw('安') && draw('治') !== draw('\uE000');
                """,
                css);
    return Boolean.TRUE.equals(differ);
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
