package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench in a real browser (issue 15): Debian's headless Chromium through Selenium, against the application on
 * a random port. Each test leaves a screenshot under {@code target/screenshots/}. Skipped, with the reason, where
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is not installed (CI installs both).
 */
class WorkbenchBrowserTest extends ApiTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    SweepService sweeps;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("parcelwatch-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                                                                      .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDeskSeesTheOverduePaymentRecordsItThroughTheFormAndSeesTheInstallmentPaid() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        sweeps.sweepNow(null);
        awaitProjections();

        signIn("desk");
        assertThat(text("#overduePayments")).contains("逾期未缴出让金").contains(parcel);
        screenshot("01-workbench-desk");

        browser.findElement(By.cssSelector("#overduePayments a[href='/parcels/" + parcel + "']")).click();
        waitFor("#form-payments");
        assertThat(text("#installments")).contains("逾期");
        type("#payments-amount", "6172839.00");
        setDate("#payments-paidOn", "2024-03-05");
        type("#payments-receiptNo", "PJ-2024-0305");
        browser.findElement(By.cssSelector("#form-payments button[type=submit]")).click();

        waitFor("#done");
        assertThat(text("#done")).isEqualTo("缴款已登记。");
        assertThat(text("#paid")).isEqualTo("6,172,839.00");
        WebElement first = browser.findElements(By.cssSelector("#installments tbody tr")).get(0);
        assertThat(first.getText()).contains("逾期缴清");
        assertThat(text("#timeline")).contains("缴款到账", "desk (供地科)");
        screenshot("02-parcel-paid");
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        screenshot("03-parcel-timeline");
    }

    @Test
    void theFieldOfficerSeesNoPaymentForm() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        signIn("patrol");
        browser.get(url("/parcels/" + parcel));
        waitFor("#parcel-id");
        assertThat(browser.findElements(By.cssSelector("#form-payments"))).isEmpty();
        assertThat(text("main")).contains("登记巡查", "登记开工");
        screenshot("04-parcel-patrol");
    }

    @Test
    void aRegistrationWithAnErrorIsCorrectedAndShowsInTheLedger() throws Exception {
        String parcelId = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        signIn("desk");
        browser.get(url("/parcels/new"));
        waitFor("#register-form");
        type("#register-parcelId", parcelId);
        // no contract number: a field error
        type("#register-projectName", "新河轴承二期");
        type("#register-landUser\\.name", "新河轴承有限公司");
        type("#register-landUser\\.creditCode", "91130530MA0CX0XU3B");
        type("#register-township", "新河镇");
        type("#register-districtCode", "130530");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("register-landUse"))).selectByValue("0601");
        type("#register-areaSqm", "26666.70");
        type("#register-termYears", "50");
        type("#register-totalPrice", "1000000.00");
        setDate("#register-signedOn", "2024-02-01");
        setDate("#register-agreedHandoverDate", "2024-04-01");
        setDate("#register-agreedStartDate", "2024-10-01");
        setDate("#register-agreedCompletionDate", "2026-10-01");
        setDate("input[name='installments[0].dueDate']", "2024-03-01");
        type("input[name='installments[0].amount']", "600000.00");
        browser.findElement(By.id("add-installment")).click();
        setDate("input[name='installments[1].dueDate']", "2024-05-01");
        type("input[name='installments[1].amount']", "400000.00");
        browser.findElement(By.id("register-submit")).click();

        waitFor(".has-error");
        assertThat(text("main")).contains("填写有误");
        // what was typed is still there, both installment rows too
        assertThat(browser.findElement(By.id("register-projectName")).getAttribute("value")).isEqualTo("新河轴承二期");
        assertThat(browser.findElement(By.cssSelector("input[name='installments[1].amount']")).getAttribute("value"))
                .isEqualTo("400000.00");
        screenshot("05-register-error");

        type("#register-contractNo", "XH-CR-2024-915");
        browser.findElement(By.id("register-submit")).click();
        waitFor("#parcel-id");
        assertThat(text("main")).contains("供地已登记");

        browser.get(url("/parcels?township=新河镇"));
        waitFor("table.ledger");
        assertThat(text("table.ledger")).contains(parcelId, "新河轴承二期");
        screenshot("06-ledger");
    }

    @Test
    void aNoticeOpensAsItsPrintableDocument() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        sweeps.sweepNow(null);
        awaitProjections();
        signIn("desk");
        browser.get(url("/parcels/" + parcel));
        waitFor("#notices");
        String print = browser.findElement(By.cssSelector("#notices a.print-link")).getAttribute("href");
        browser.get(print);
        assertThat(browser.getPageSource()).contains("出让金催缴通知单").contains(parcel).contains("送达回执");
        screenshot("07-notice-print");
    }

    @Test
    void theIndicatorsPageDrawsItsCharts() throws Exception {
        registerSample();
        awaitProjections();
        signIn("auditor");
        browser.get(url("/indicators?year=2024"));
        waitFor("#chart-rates canvas");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#chart-rates canvas'); return c.width > 0 && c.height > 0;"));
        assertThat(browser.findElements(By.cssSelector("#chart-trend canvas"))).isNotEmpty();
        assertThat(text("#indicator-table")).contains("出让金收缴率");
        screenshot("08-indicators");
    }

    /**
     * The patrol officer on a phone (360×740, DESIGN §6.6): the workbench lists their task, the parcel's file opens,
     * the patrol form is sent, and the task is done; no page is wider than the screen.
     */
    @Test
    void thePatrolOfficerPatrolsFromAPhone() throws Exception {
        String parcel = registerSample();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/parcels/" + parcel + "/officer")
                .with(as("desk")).contentType(JSON).content("{\"officer\": \"patrol\"}"))
           .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        postAs("desk", "/api/v1/parcels/" + parcel + "/handover", "{\"handedOverOn\": \"" + today().minusDays(1) + "\"}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        commands.sendAndWait(new org.parcelwatch.monitoring.sweep.CheckDuePoints(parcel, today()),
                org.parcelwatch.monitoring.audit.AuditMetadata.sweep());
        awaitProjections();

        browser.manage().window().setSize(new Dimension(360, 740));
        signIn("patrol");
        waitFor("#myPatrolTasks");
        assertThat(text("#myPatrolTasks")).contains("我的巡查任务", parcel, "公示牌检查", "待巡查");
        assertFitsTheScreen();
        screenshot("09-phone-workbench-patrol");

        browser.findElement(By.cssSelector("#myPatrolTasks a[href='/parcels/" + parcel + "']")).click();
        waitFor("#form-patrols");
        assertThat(text("#field-work")).contains("patrol", "公示牌检查");
        assertFitsTheScreen();
        browser.findElement(By.cssSelector("#form-patrols summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#patrols-status"))).selectByValue("NOT_STARTED");
        type("#patrols-remarks", "information board posted");
        assertFitsTheScreen();
        screenshot("10-phone-patrol-form");
        browser.findElement(By.cssSelector("#form-patrols button[type=submit]")).click();

        waitFor("#done");
        assertThat(text("#done")).isEqualTo("巡查已登记。");
        assertThat(text("#field-work")).contains("已完成");
        assertFitsTheScreen();
        browser.executeScript("document.getElementById('field-work').scrollIntoView()");
        screenshot("11-phone-patrol-done");
    }

    /** The page is no wider than the window: nothing to scroll sideways on a phone. */
    private void assertFitsTheScreen() {
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue()).as("the page's width beyond the screen").isLessThanOrEqualTo(0);
    }

    private void signIn(String user) throws IOException {
        browser.get(url("/"));
        waitFor("#username");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshotOnce("00-login");
        type("#username", user);
        type("#password", user);
        browser.findElement(By.id("login-submit")).click();
        // the login page has a main h1 too: wait until the browser has left it, or the next page may race the session
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitFor("main h1");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void waitFor(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void type(String css, String value) {
        WebElement input = browser.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(value);
    }

    /** Date inputs take their value as the form sends it (ISO), whatever the browser's locale shows. */
    private void setDate(String css, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.cssSelector(css)), isoDate);
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void screenshotOnce(String name) throws IOException {
        if (!Files.exists(SCREENSHOTS.resolve(name + ".png"))) {
            screenshot(name);
        }
    }
}
