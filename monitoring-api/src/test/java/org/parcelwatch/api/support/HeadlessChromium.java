package org.parcelwatch.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, as the browser tests use it: a fresh profile each time, the
 * flags a closed network needs, Chinese as the browser's language, and screenshots under {@code target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Why a browser test is skipped where the browser is missing (CI installs both packages). */
    public static final String MISSING = "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
            + " (apt-get install chromium chromium-driver)";

    private final ChromeDriver driver;
    private final Path profile;
    private final int port;

    private HeadlessChromium(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser window of the given size, pointed at the application on {@code port}. */
    public static HeadlessChromium open(int port, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("parcelwatch-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                                                                      .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(driver, profile, port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void get(String path) {
        driver.get(url(path));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form, to which every page sends a browser without a session. */
    public void signIn(String user) throws IOException {
        get("/");
        waitFor("#username");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        screenshotOnce("00-login");
        type("#username", user);
        type("#password", user);
        click("#login-submit");
        // the login page has a main h1 too: wait until the browser has left it, or the next page may race the session
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitFor("main h1");
    }

    public void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void click(String css) {
        find(css).click();
    }

    public void type(String css, String value) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(value);
    }

    /** Date inputs take their value as the form sends it (ISO), whatever the browser's locale shows. */
    public void setDate(String css, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), isoDate);
    }

    public void scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", find(css));
    }

    public Path screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private void screenshotOnce(String name) throws IOException {
        if (!Files.exists(SCREENSHOTS.resolve(name + ".png"))) {
            screenshot(name);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
