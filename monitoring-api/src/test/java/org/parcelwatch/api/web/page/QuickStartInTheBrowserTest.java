package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parcelwatch.api.application.seed.SeedPeriodClock;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.api.support.HeadlessChromium;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What a new user does after the README's quick start (issue 15, "done when"): the embedded default as a fresh clone
 * starts it, the sample county loaded and the clock on 2025-12-31; sign in as {@code desk}/{@code desk} and do the
 * README's five workbench steps in the browser, without curl. The screenshots it leaves under
 * {@code target/screenshots/readme-*.png} are the README's pictures under {@code docs/}.
 */
@EmbeddedDefaultTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parcelwatch.seed.load-on-empty=true")
@Import(SeedPeriodClock.class)
class QuickStartInTheBrowserTest {

    /** The walkthrough's parcel: its first installment overdue since 2025-11-21, its land not handed over. */
    private static final String PARCEL = "1305302025B00006";

    @LocalServerPort
    int port;
    @Autowired
    ClusterProjectionProgress projections;

    private HeadlessChromium browser;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        browser = HeadlessChromium.open(port, 1366, 768);
        awaitProjections();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDeskDoesTheWalkthroughInTheBrowser() throws IOException {
        // 1. the workbench lists what is due today
        browser.signIn("desk");
        assertThat(browser.text("main h1")).contains("2025-12-31");
        assertThat(browser.text("#overduePayments")).contains(PARCEL);
        assertThat(browser.text("#handoversOverdue")).contains(PARCEL);
        browser.screenshot("readme-1-workbench");

        // 2. the overdue parcel, and the money arrives through 「登记缴款」
        browser.click("#overduePayments a[href='/parcels/" + PARCEL + "']");
        browser.waitFor("#form-payments");
        assertThat(browser.text("#installments")).contains("逾期");
        assertThat(browser.text("#damages")).contains("102,500.00");
        assertThat(browser.text(".warnings")).isEqualTo("首期缴款约定在合同签订一个月之后");
        browser.type("#payments-amount", "2500000.00");
        browser.setDate("#payments-paidOn", "2025-12-31");
        browser.type("#payments-receiptNo", "XH-PJ-2025-1231-01");
        browser.click("#form-payments button[type=submit]");
        browser.waitFor("#done");
        assertThat(browser.text("#done")).isEqualTo("缴款已登记。");
        assertThat(browser.text("#outstanding")).isEqualTo("0.00");
        assertThat(browser.text("#installments")).contains("逾期缴清");
        assertThat(browser.text("#damages")).contains("102,500.00");
        assertThat(browser.text("#timeline")).contains("缴款到账", "desk (供地科)", "网页", "定时巡检", "导入");
        browser.screenshot("readme-2-parcel-paid");

        // 3. 「登记交地」 on the same page
        submit("handover", "handedOverOn", "2025-12-31", "documentNo", "XH-JD-2025-006");
        assertThat(browser.text("#done")).isEqualTo("交地已登记。");
        assertThat(browser.text("main")).doesNotContain("逾期未交地");

        // 4. a notice's print page, and its delivery recorded
        String print = browser.find("#notices a.print-link").getAttribute("href");
        WebElement delivery = browser.find("#notices form.delivery");
        delivery.findElement(By.name("receivedBy")).sendKeys("新河县丰年饲料有限公司办公室");
        delivery.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(delivery));
        browser.waitFor("#done");
        assertThat(browser.text("#done")).isEqualTo("送达已登记。");
        assertThat(browser.driver().findElements(By.cssSelector("#notices form.delivery"))).isEmpty();
        browser.driver().get(print);
        assertThat(browser.driver().getPageSource()).contains(PARCEL).contains("送达回执");
        browser.screenshot("readme-3-notice");

        // 5. the field officer records the start and a patrol
        browser.get("/");
        browser.click("form[action='/logout'] button");
        browser.waitFor("#username");
        browser.signIn("patrol");
        browser.get("/parcels/" + PARCEL);
        browser.waitFor("#parcel-id");
        assertThat(browser.driver().findElements(By.cssSelector("#form-payments"))).isEmpty();
        submit("start", "startedOn", "2025-12-31", "evidence", "开工现场照片 XH-KG-2025-006");
        assertThat(browser.text("#done")).isEqualTo("开工已登记。");
        submit("patrols", "patrolledOn", "2025-12-31", "trackingCardNo", "XH-XC-2025-006-01");
        assertThat(browser.text("#done")).isEqualTo("巡查已登记。");
        assertThat(browser.text("#timeline")).contains("patrol");
        browser.screenshot("readme-4-parcel-patrol");
    }

    /** Opens a command's form on the parcel's file, fills the given fields (dates by value) and sends it. */
    private void submit(String form, String... fieldsAndValues) {
        WebElement details = browser.find("form[action$='/" + form + "']").findElement(By.xpath(".."));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String css = "#" + form + "-" + fieldsAndValues[i];
            if (browser.find(css).getAttribute("type").equals("date")) {
                browser.setDate(css, fieldsAndValues[i + 1]);
            } else {
                browser.type(css, fieldsAndValues[i + 1]);
            }
        }
        List<WebElement> buttons = details.findElements(By.cssSelector("button[type=submit]"));
        buttons.get(0).click();
        // the page before may show a #done of its own: wait for it to go before looking for the new one
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(details));
        browser.waitFor("#done");
    }

    private void awaitProjections() {
        ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(projections.awaitCaughtUp(group, Duration.ofSeconds(60))).as(group).isTrue());
    }
}
