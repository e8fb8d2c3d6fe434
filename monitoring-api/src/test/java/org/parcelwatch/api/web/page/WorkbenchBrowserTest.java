package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.HeadlessChromium;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.api.web.evidence.TestPhotos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench in a real browser (issue 15): Debian's headless Chromium through Selenium, against the application on
 * a random port. Each test leaves a screenshot under {@code target/screenshots/}. Skipped, with the reason, where
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is not installed (CI installs both).
 */
class WorkbenchBrowserTest extends ApiTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    SweepService sweeps;

    private HeadlessChromium browser;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        browser = HeadlessChromium.open(port, 1366, 768);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDeskSeesTheOverduePaymentRecordsItThroughTheFormAndSeesTheInstallmentPaid() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        sweeps.sweepNow(null);
        awaitProjections();

        browser.signIn("desk");
        assertThat(browser.text("#overduePayments")).contains("逾期未缴出让金").contains(parcel);
        browser.screenshot("01-workbench-desk");

        browser.driver().findElement(By.cssSelector("#overduePayments a[href='/parcels/" + parcel + "']")).click();
        browser.waitFor("#form-payments");
        assertThat(browser.text("#installments")).contains("逾期");
        browser.type("#payments-amount", "6172839.00");
        browser.setDate("#payments-paidOn", "2024-03-05");
        browser.type("#payments-receiptNo", "PJ-2024-0305");
        browser.driver().findElement(By.cssSelector("#form-payments button[type=submit]")).click();

        browser.waitFor("#done");
        assertThat(browser.text("#done")).isEqualTo("缴款已登记。");
        assertThat(browser.text("#paid")).isEqualTo("6,172,839.00");
        WebElement first = browser.driver().findElements(By.cssSelector("#installments tbody tr")).get(0);
        assertThat(first.getText()).contains("逾期缴清");
        assertThat(browser.text("#timeline")).contains("缴款到账", "desk (供地科)");
        browser.screenshot("02-parcel-paid");
        browser.driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
        browser.screenshot("03-parcel-timeline");
    }

    @Test
    void theFieldOfficerSeesNoPaymentForm() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        browser.signIn("patrol");
        browser.get("/parcels/" + parcel);
        browser.waitFor("#parcel-id");
        assertThat(browser.driver().findElements(By.cssSelector("#form-payments"))).isEmpty();
        assertThat(browser.text("main")).contains("登记巡查", "登记开工");
        browser.screenshot("04-parcel-patrol");
    }

    @Test
    void aRegistrationWithAnErrorIsCorrectedAndShowsInTheLedger() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        browser.signIn("desk");
        browser.get("/parcels/new");
        browser.waitFor("#register-form");
        browser.type("#register-parcelId", parcelId);
        // no contract number: a field error
        browser.type("#register-projectName", "新河轴承二期");
        browser.type("#register-landUser\\.name", "新河轴承有限公司");
        browser.type("#register-landUser\\.creditCode", "91130530MA0CX0XU3B");
        browser.type("#register-township", "新河镇");
        browser.type("#register-districtCode", "130530");
        new Select(browser.driver().findElement(By.id("register-landUse"))).selectByValue("0601");
        browser.type("#register-areaSqm", "26666.70");
        browser.type("#register-termYears", "50");
        browser.type("#register-totalPrice", "1000000.00");
        browser.setDate("#register-signedOn", "2024-02-01");
        browser.setDate("#register-agreedHandoverDate", "2024-04-01");
        browser.setDate("#register-agreedStartDate", "2024-10-01");
        browser.setDate("#register-agreedCompletionDate", "2026-10-01");
        browser.setDate("input[name='installments[0].dueDate']", "2024-03-01");
        browser.type("input[name='installments[0].amount']", "600000.00");
        browser.driver().findElement(By.id("add-installment")).click();
        browser.setDate("input[name='installments[1].dueDate']", "2024-05-01");
        browser.type("input[name='installments[1].amount']", "400000.00");
        browser.driver().findElement(By.id("register-submit")).click();

        browser.waitFor(".has-error");
        assertThat(browser.text("main")).contains("填写有误");
        // what was typed is still there, both installment rows too
        assertThat(browser.driver().findElement(By.id("register-projectName")).getAttribute("value")).isEqualTo("新河轴承二期");
        assertThat(browser.driver().findElement(By.cssSelector("input[name='installments[1].amount']")).getAttribute("value"))
                .isEqualTo("400000.00");
        browser.screenshot("05-register-error");

        // the 补录历史 box beside the submit button, left unticked: the registration checks the due points at once
        WebElement history = browser.find("#register-enteringHistory");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", history);
        assertThat(history.isSelected()).isFalse();
        assertThat(browser.text("main")).contains("补录历史");
        browser.screenshot("05b-register-entering-history");

        browser.type("#register-contractNo", "XH-CR-2024-915");
        browser.driver().findElement(By.id("register-submit")).click();
        browser.waitFor("#parcel-id");
        assertThat(browser.text("main")).contains("供地已登记");
        // registered in 2026 for dates of 2024: the installments are overdue and urged in the answer (issue 20)
        assertThat(browser.text("#notices")).contains(parcelId + "-CJ-01", parcelId + "-CJ-02");
        browser.screenshot("05c-registered-checked");

        browser.get("/parcels?township=新河镇");
        browser.waitFor("table.ledger");
        assertThat(browser.text("table.ledger")).contains(parcelId, "新河轴承二期");
        browser.screenshot("06-ledger");
    }

    @Test
    void aNoticeOpensAsItsPrintableDocument() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        sweeps.sweepNow(null);
        awaitProjections();
        browser.signIn("desk");
        browser.get("/parcels/" + parcel);
        browser.waitFor("#notices");
        String print = browser.driver().findElement(By.cssSelector("#notices a.print-link")).getAttribute("href");
        browser.driver().get(print);
        assertThat(browser.driver().getPageSource()).contains("出让金催缴通知单").contains(parcel).contains("送达回执");
        browser.screenshot("07-notice-print");
    }

    @Test
    void theAdminPageShowsEachProjectionWithItsDeadLetterQueue() throws Exception {
        browser.signIn("admin");
        browser.get("/admin");
        browser.waitFor("#projections table");
        // the letters, and the parcels they are of against the queue's limit
        assertThat(browser.text("#projections")).contains("parcel-ledger", "死信", "宗地，上限 1,024");
        browser.scrollTo("#projections");
        browser.screenshot("15-admin-projections");
    }

    @Test
    void theIndicatorsPageDrawsItsCharts() throws Exception {
        registerSample();
        awaitProjections();
        browser.signIn("auditor");
        browser.get("/indicators?year=2024");
        browser.waitFor("#chart-rates canvas");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#chart-rates canvas'); return c.width > 0 && c.height > 0;"));
        assertThat(browser.driver().findElements(By.cssSelector("#chart-trend canvas"))).isNotEmpty();
        assertThat(browser.text("#indicator-table")).contains("出让金收缴率");
        browser.screenshot("08-indicators");
    }

    /**
     * The patrol officer on a phone (360×740, DESIGN §6.6): the workbench lists their task, the parcel's file opens,
     * the patrol form is sent, and the task is done; no page is wider than the screen.
     */
    @Test
    void thePatrolOfficerPatrolsFromAPhone() throws Exception {
        String parcel = handedOverToThePatrolOfficer();

        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.signIn("patrol");
        browser.waitFor("#myPatrolTasks");
        assertThat(browser.text("#myPatrolTasks")).contains("我的巡查任务", parcel, "公示牌检查", "待巡查");
        assertFitsTheScreen();
        assertNothingCutOffIn("#myPatrolTasks table");
        browser.screenshot("09-phone-workbench-patrol");

        browser.driver().findElement(By.cssSelector("#myPatrolTasks a[href='/parcels/" + parcel + "']")).click();
        browser.waitFor("#form-patrols");
        assertThat(browser.text("#field-work")).contains("patrol", "公示牌检查");
        assertFitsTheScreen();
        browser.driver().findElement(By.cssSelector("#form-patrols summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.cssSelector("#patrols-status"))).selectByValue("NOT_STARTED");
        browser.type("#patrols-remarks", "information board posted");
        assertFitsTheScreen();
        browser.screenshot("10-phone-patrol-form");
        browser.driver().findElement(By.cssSelector("#form-patrols button[type=submit]")).click();

        browser.waitFor("#done");
        assertThat(browser.text("#done")).isEqualTo("巡查已登记。");
        assertThat(browser.text("#field-work")).contains("已完成");
        assertFitsTheScreen();
        browser.driver().executeScript("document.getElementById('field-work').scrollIntoView()");
        browser.screenshot("11-phone-patrol-done");
    }

    /**
     * The officer photographs the site from the phone (DESIGN §6.6): a real JPEG with the EXIF a phone camera writes
     * (time, GPS) is chosen in the patrol form's camera input, uploads with its progress, shows as its thumbnail, and
     * the patrol sent names it by its hash: the file's timeline shows the photo, and the stored bytes are the file's.
     */
    @Test
    void thePatrolOfficerPhotographsTheSiteFromAPhone() throws Exception {
        String parcel = handedOverToThePatrolOfficer();
        byte[] photo = TestPhotos.jpeg(1600, 1200, 2101, today().atTime(9, 30, 15), 114.5012345, 37.0012345);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(photo));
        Path file = temporary("site-", ".jpg", photo);

        onThePhoneAtThePatrolForm(parcel);
        assertThat(browser.find("#patrols-camera").getAttribute("accept")).isEqualTo("image/*");
        assertThat(browser.find("#patrols-camera").getAttribute("capture")).isEqualTo("environment");
        browser.find("#patrols-camera").sendKeys(file.toAbsolutePath().toString());

        WebElement stored = awaitPhoto("stored");
        assertThat(stored.getAttribute("data-sha256")).isEqualTo(hash);
        assertThat(((Number) browser.driver().executeScript("return arguments[0].querySelector('progress').value;", stored))
                .intValue()).as("the upload's progress").isEqualTo(100);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var img = arguments[0].querySelector('img.thumb'); return img != null && img.complete && img.naturalWidth > 0;",
                stored));
        assertThat(stored.getText()).contains(hash.substring(0, 8), "拍摄于 " + today() + " 09:30:15", "有定位");
        assertThat(browser.find("#patrols-photos").getAttribute("type")).isEqualTo("hidden");
        assertThat(browser.find("#patrols-photos").getAttribute("value")).isEqualTo(hash);
        assertFitsTheScreen();
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", stored);
        browser.screenshot("12-phone-patrol-photo");

        browser.driver().findElement(By.cssSelector("#form-patrols button[type=submit]")).click();
        browser.waitFor("#done");
        assertThat(browser.text("#done")).isEqualTo("巡查已登记。");
        WebElement shown = browser.find("#timeline .timeline-photos a[data-sha256='" + hash + "']");
        assertThat(shown.findElement(By.xpath("ancestor::tr")).getText()).contains("巡查");
        assertThat(shown.getAttribute("href")).endsWith("/evidence/" + hash);
        assertFitsTheScreen();
        assertNothingCutOffIn("#timeline");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
        browser.screenshot("13-phone-patrol-photo-in-timeline");

        byte[] readBack = mvc.perform(get("/api/v1/evidence/" + hash).with(as("desk"))).andReturn().getResponse()
                             .getContentAsByteArray();
        assertThat(readBack).as("the stored photo, byte for byte").isEqualTo(photo);
        assertThat(jdbc.queryForObject("select uploaded_by from evidence_file where sha256 = ?", String.class, hash))
                .isEqualTo("patrol");
    }

    /** A file that is no photo is refused beside it, in Chinese, and the form gets no hash for it. */
    @Test
    void aFileThatIsNoPhotoIsRefusedBesideIt() throws Exception {
        String parcel = handedOverToThePatrolOfficer();
        Path file = temporary("notes-", ".jpg", "巡查笔记，不是照片".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        onThePhoneAtThePatrolForm(parcel);
        browser.find("#patrols-camera").sendKeys(file.toAbsolutePath().toString());

        WebElement refused = awaitPhoto("failed");
        assertThat(refused.getText()).contains(file.getFileName().toString(), "这不是照片");
        assertThat(browser.find("#patrols-photos").getAttribute("value")).isEmpty();
        assertThat(browser.find("#form-patrols button[type=submit]").isEnabled()).isTrue();
        assertFitsTheScreen();
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", refused);
        browser.screenshot("14-phone-patrol-not-a-photo");
    }

    @Test
    void aPhotoChosenAfterTheSessionEndedAsksToSignInAgain() throws Exception {
        String parcel = handedOverToThePatrolOfficer();
        Path file = temporary("site-", ".jpg", TestPhotos.jpeg(400, 300, 2101, today().atTime(9, 30, 15), 114.5012345, 37.0012345));

        onThePhoneAtThePatrolForm(parcel);
        browser.driver().manage().deleteAllCookies();
        browser.find("#patrols-camera").sendKeys(file.toAbsolutePath().toString());

        WebElement refused = awaitPhoto("failed");
        assertThat(refused.getText()).contains("登录已过期，请重新登录");
        assertThat(browser.find("#patrols-photos").getAttribute("value")).isEmpty();
    }

    /** A parcel handed over yesterday whose land officer is the demo user {@code patrol}, with its patrol task due. */
    private String handedOverToThePatrolOfficer() throws Exception {
        String parcel = registerSample();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/parcels/" + parcel + "/officer")
                .with(as("desk")).contentType(JSON).content("{\"officer\": \"patrol\"}"))
           .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        postAs("desk", "/api/v1/parcels/" + parcel + "/handover", "{\"handedOverOn\": \"" + today().minusDays(1) + "\"}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        commands.sendAndWait(new org.parcelwatch.monitoring.sweep.CheckDuePoints(parcel, today()),
                org.parcelwatch.monitoring.audit.AuditMetadata.sweep());
        awaitProjections();
        return parcel;
    }

    /** Signed in as {@code patrol} on a 360×740 screen, the parcel's patrol form open and filled in. */
    private void onThePhoneAtThePatrolForm(String parcel) throws IOException {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.signIn("patrol");
        browser.get("/parcels/" + parcel);
        browser.waitFor("#form-patrols");
        browser.driver().findElement(By.cssSelector("#form-patrols summary")).click();
        new Select(browser.driver().findElement(By.cssSelector("#patrols-status"))).selectByValue("NOT_STARTED");
        browser.type("#patrols-remarks", "公示牌已设立");
        assertFitsTheScreen();
    }

    /** The first photo of the patrol form once its upload has ended as {@code state} (stored, failed). */
    private WebElement awaitPhoto(String state) {
        String css = "#patrols-photo-list li[data-state='" + state + "']";
        browser.waitFor(css);
        return browser.find(css);
    }

    private static Path temporary(String prefix, String suffix, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        file.toFile().deleteOnExit();
        return Files.write(file, bytes);
    }

    /** A table that scrolls sideways inside its box hides its right-hand columns (who did it, by when) on a phone. */
    private void assertNothingCutOffIn(String css) {
        Object hidden = browser.driver().executeScript(
                "const t = document.querySelector(arguments[0]); return t.scrollWidth - t.clientWidth;", css);
        assertThat(((Number) hidden).longValue()).as("the width of %s beyond its box", css).isLessThanOrEqualTo(0);
    }

    /** The page is no wider than the phone's window: nothing to scroll sideways. */
    private void assertFitsTheScreen() {
        Object overflow = browser.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue()).as("the page's width beyond the screen").isLessThanOrEqualTo(0);
        // only the phone's tests ask: 360 CSS pixels wide
        Object scrollWidth = browser.driver().executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) scrollWidth).intValue()).as("the page's width on the phone").isLessThanOrEqualTo(360);
    }
}
