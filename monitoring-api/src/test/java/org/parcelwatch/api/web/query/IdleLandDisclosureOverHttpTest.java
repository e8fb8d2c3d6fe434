package org.parcelwatch.api.web.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.springframework.http.MediaType;

/**
 * The public disclosure of idle land (《闲置土地处置办法》第十条) over HTTP: the land determined idle this year, as JSON and
 * as the page the bureau prints and posts, for every role. One parcel of a land user whose name tries to inject HTML
 * goes from the missed start through suspicion, verification and determination to the fee.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdleLandDisclosureOverHttpTest extends ApiTestSupport {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String NAME = "<b>Xinhe</b> & Sons Foundry (新河县父子铸造厂)";

    private String idle;
    private String entry;

    @BeforeAll
    void idleParcel() throws Exception {
        idle = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(idle, NAME, SampleParcels.nextCreditCode())).andExpect(status().isCreated());
        String base = "/api/v1/parcels/" + idle;
        postAs("desk", base + "/handover", "{ \"handedOverOn\": \"2024-04-05\" }").andExpect(status().isOk());
        sweep("2024-10-02");
        postAs("brigade", base + "/breach-findings", "{ \"milestone\": \"START\", \"cause\": \"LAND_USER\", \"findings\": \"no works\" }")
                .andExpect(status().isOk());
        sweep("2025-10-02");
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant, fenced" }""").andExpect(status().isOk());
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "XZRD-%s", "determinedOn": "%s", "cause": "LAND_USER" }""".formatted(idle, today()))
                .andExpect(status().isOk());
        hearingWaived(idle, "IDLE_FEE", today().toString(), 1);
        postAs("brigade", base + "/idle/disposal", """
                { "method": "IDLE_FEE", "decisionNo": "XZF-%s", "decidedOn": "%s", "remarks": "fee" }""".formatted(idle, today()))
                .andExpect(status().isOk());
        awaitProjections();
        entry = "$.entries[?(@.parcelId == '" + idle + "')]";
    }

    @Test
    void listsTheLandDeterminedIdleThisYearWithItsAreaInSquareMetresAndMu() throws Exception {
        getAs("desk", "/api/v1/idle-land/disclosure?year=" + today().getYear())
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(today().getYear()))
                .andExpect(jsonPath("$.muRounding", containsString("0.0015")))
                .andExpect(jsonPath(entry + ".landUserName").value(NAME))
                .andExpect(jsonPath(entry + ".location").value("Xinhe town，east of Xinhe Road"))
                .andExpect(jsonPath(entry + ".areaSqm").value(26666.70))
                .andExpect(jsonPath(entry + ".areaMu").value(40.00))
                .andExpect(jsonPath(entry + ".landUseName").value("工业用地"))
                .andExpect(jsonPath(entry + ".idleSince").value("2024-10-01"))
                .andExpect(jsonPath(entry + ".cause").value("LAND_USER"))
                .andExpect(jsonPath(entry + ".causeName").value("用地单位原因"))
                .andExpect(jsonPath(entry + ".determinationNo").value("XZRD-" + idle))
                .andExpect(jsonPath(entry + ".determinedOn").value(today().toString()))
                .andExpect(jsonPath(entry + ".disposalMethod").value("IDLE_FEE"))
                .andExpect(jsonPath(entry + ".disposalName").value("征缴土地闲置费"))
                .andExpect(jsonPath(entry + ".decisionNo").value("XZF-" + idle))
                .andExpect(jsonPath(entry + ".idleFee").value(2469135.60));
        // this year by default; a year with nothing determined lists nothing
        getAs("patrol", "/api/v1/idle-land/disclosure").andExpect(jsonPath(entry + ".parcelId").value(idle));
        getAs("desk", "/api/v1/idle-land/disclosure?year=" + (today().getYear() - 1))
                .andExpect(jsonPath(entry, empty()));
    }

    @Test
    void aBrowserGetsThePrintablePageInChineseWithEveryNameEscaped() throws Exception {
        String page = mvc.perform(get("/api/v1/idle-land/disclosure?year=" + today().getYear()).with(as("brigade"))
                        .header("Accept", BROWSER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(containsString("闲置土地信息公开")))
                .andExpect(content().string(containsString("国有建设用地使用权人")))
                .andExpect(content().string(containsString("&lt;b&gt;Xinhe&lt;/b&gt; &amp; Sons Foundry")))
                .andExpect(content().string(not(containsString("<b>Xinhe</b>"))))
                .andExpect(content().string(containsString("XZF-" + idle)))
                .andExpect(content().string(containsString("40.00")))
                .andExpect(content().string(containsString("征缴土地闲置费")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains(idle, "26,666.70", "1 亩 = 10000/15 平方米");
        // the seal line names the bureau that publishes it, the county's as on its notices (parcelwatch.bureau.name)
        org.assertj.core.api.Assertions.assertThat(page).contains("<p class=\"seal\">新河县自然资源和规划局（盖章）<br>")
                                                    .doesNotContain("发布机关盖章");
    }

    @Test
    void everyRoleReadsItAndNobodyElse() throws Exception {
        for (String user : List.of("desk", "patrol", "brigade", "auditor", "admin")) {
            getAs(user, "/api/v1/idle-land/disclosure").andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/idle-land/disclosure")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBadYearIsRefused() throws Exception {
        expectProblem(getAs("desk", "/api/v1/idle-land/disclosure?year=1989"), 400, "VALIDATION_FAILED");
        expectProblem(getAs("desk", "/api/v1/idle-land/disclosure?year=twenty"), 400, "MALFORMED_REQUEST");
    }

    private void sweep(String asOf) {
        commands.sendAndWait(new CheckDuePoints(idle, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }
}
