package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The read endpoints of DESIGN §4 over three parcels of a township of their own: one paid and handed over, one
 * defaulting (urge notices, missed start, idle suspicion), one with a project name that tries to inject HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryEndpointsTest extends ApiTestSupport {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String township = "Query town " + UUID.randomUUID();
    @Autowired
    private RenderedDetails details;
    private String paid;
    private String defaulter;
    private String hostile;

    @BeforeAll
    void parcels() throws Exception {
        paid = SampleParcels.nextParcelId();
        defaulter = SampleParcels.nextParcelId();
        hostile = SampleParcels.nextParcelId();
        for (String id : List.of(paid, defaulter, hostile)) {
            String body = SampleParcels.registrationJson(id).replace("Xinhe town", township);
            if (id.equals(hostile)) {
                body = body.replace("Xinhe bearing plant phase II", "<script>alert('x')</script> & \\\"Co\\\"");
            }
            register(body).andExpect(status().isCreated());
        }
        payInFullAndHandOver(paid);
        defaultUntilSuspectedIdle(defaulter);
        commands.sendAndWait(new CheckDuePoints(hostile, LocalDate.parse("2024-06-02")), AuditMetadata.sweep());
        awaitProjections();
    }

    @Test
    void theLedgerTotalsFollowAParcelFromOneStageToTheNext() throws Exception {
        String town = "Totals town " + UUID.randomUUID();
        List<String> ids = List.of(SampleParcels.nextParcelId(), SampleParcels.nextParcelId());
        for (String id : ids) {
            register(SampleParcels.registrationJson(id).replace("Xinhe town", town)).andExpect(status().isCreated());
        }
        awaitProjections();
        // size 1: with a short first page the total is the page itself and the kept totals are not read
        getAs("desk", "/api/v1/parcels?size=1&stage=REGISTERED&township=" + town).andExpect(jsonPath("$.totalElements").value(2));

        postAs("desk", "/api/v1/parcels/" + ids.get(0) + "/handover", "{\"handedOverOn\": \"2024-04-01\"}")
                .andExpect(status().isOk());
        awaitProjections();
        // the tokens may report the head while the handover's batch is still committing
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels?size=1&stage=HANDED_OVER&township=" + town)
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].parcelId").value(ids.get(0))));
        getAs("desk", "/api/v1/parcels?size=1&stage=REGISTERED&township=" + town).andExpect(jsonPath("$.totalElements").value(1));
        getAs("desk", "/api/v1/parcels?size=1&township=" + town).andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void aLedgerPageReadAgainShowsTheEventsProjectedSince() throws Exception {
        String town = "Paid town " + UUID.randomUUID();
        String parcel = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(parcel).replace("Xinhe town", town)).andExpect(status().isCreated());
        awaitProjections();
        String page = "/api/v1/parcels?township=" + town;
        getAs("desk", page).andExpect(jsonPath("$.content[0].paid").value(0));
        getAs("patrol", page).andExpect(jsonPath("$.content[0].paid").value(0));

        postAs("desk", "/api/v1/parcels/" + parcel + "/payments",
                "{\"amount\": 1000.00, \"paidOn\": \"2024-02-20\", \"receiptNo\": \"R-page\"}").andExpect(status().isOk());
        awaitProjections();
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", page)
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/json")))
                .andExpect(jsonPath("$.content[0].paid").value(1000.00)));
    }

    @Test
    void theLedgerIsPagedAndFiltered() throws Exception {
        String[] sorted = List.of(paid, defaulter, hostile).stream().sorted().toArray(String[]::new);
        getAs("patrol", "/api/v1/parcels?township=" + township + "&size=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].parcelId").value(sorted[0]))
                .andExpect(jsonPath("$.content[1].parcelId").value(sorted[1]));
        getAs("patrol", "/api/v1/parcels?township=" + township + "&size=2&page=1")
                .andExpect(jsonPath("$.content[0].parcelId").value(sorted[2]))
                .andExpect(jsonPath("$.page").value(1));
        getAs("desk", "/api/v1/parcels?township=" + township + "&stage=HANDED_OVER")
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].parcelId").value(paid))
                .andExpect(jsonPath("$.content[0].paid").value(12345678.00))
                .andExpect(jsonPath("$.content[0].township").value(township));
        getAs("desk", "/api/v1/parcels?township=" + township + "&flag=IDLE_SUSPECTED")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].parcelId").value(defaulter))
                .andExpect(jsonPath("$.content[0].flags", hasItem("PAYMENT_OVERDUE")));
        getAs("desk", "/api/v1/parcels?size=200").andExpect(status().isOk());
    }

    @Test
    void badLedgerParametersAreRefused() throws Exception {
        expectProblem(getAs("desk", "/api/v1/parcels?size=201"), 400, "VALIDATION_FAILED");
        getAs("desk", "/api/v1/parcels?size=201").andExpect(jsonPath("$.fieldErrors[0].field").value("size"));
        expectProblem(getAs("desk", "/api/v1/parcels?size=0"), 400, "VALIDATION_FAILED");
        expectProblem(getAs("desk", "/api/v1/parcels?page=-1"), 400, "VALIDATION_FAILED");
        expectProblem(getAs("desk", "/api/v1/parcels?page=2147483647&size=200"), 400, "VALIDATION_FAILED");
        expectProblem(getAs("desk", "/api/v1/parcels?page=99999999999"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/parcels?size=lots"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/parcels?stage=BUILDING"), 400, "MALFORMED_REQUEST");
        getAs("desk", "/api/v1/parcels?stage=BUILDING").andExpect(jsonPath("$.field").value("stage"));
        expectProblem(getAs("desk", "/api/v1/parcels?flag=ON_FIRE"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/parcels?township=" + "t".repeat(101)), 400, "VALIDATION_FAILED");
    }

    @Test
    void theDetailShowsDamagesAsOfToday() throws Exception {
        getAs("auditor", "/api/v1/parcels/" + defaulter)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcelId").value(defaulter))
                .andExpect(jsonPath("$.contractNo").value("XH-CR-2024-017"))
                .andExpect(jsonPath("$.landUser.creditCode").value("91130530MA0CX0XU3B"))
                .andExpect(jsonPath("$.installments[0].no").value(1))
                .andExpect(jsonPath("$.installments[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.installments[1].outstanding").value(6172839.00))
                .andExpect(jsonPath("$.milestones.start.agreedDate").value("2024-10-01"))
                .andExpect(jsonPath("$.milestones.start.status").isString())
                .andExpect(jsonPath("$.flags", hasItem("START_MISSED")))
                .andExpect(jsonPath("$.damages.asOf").value(today().toString()))
                .andExpect(jsonPath("$.damages.latePayment").value(org.hamcrest.Matchers.greaterThan(800000.0)))
                .andExpect(jsonPath("$.notices[0].noticeNo").value(defaulter + "-CJ-01"))
                .andExpect(jsonPath("$.idle.status").value("SUSPECTED"));
        expectProblem(getAs("desk", "/api/v1/parcels/" + SampleParcels.nextParcelId()), 404, "PARCEL_NOT_FOUND");
        expectProblem(getAs("desk", "/api/v1/parcels/abc"), 400, "VALIDATION_FAILED");
    }

    @Test
    void theDetailIsRevalidatedByItsETagAndChangesWithTheNextEvent() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        String etag = getAs("desk", "/api/v1/parcels/" + parcel)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-cache")))
                .andExpect(jsonPath("$.paid").value(0))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).contains(today().toString());
        mvc.perform(get("/api/v1/parcels/" + parcel).with(as("patrol")).header(HttpHeaders.IF_NONE_MATCH, etag))
           .andExpect(status().isNotModified())
           .andExpect(content().string(""));
        postAs("desk", "/api/v1/parcels/" + parcel + "/payments",
                "{\"amount\": 1000.00, \"paidOn\": \"2024-02-20\", \"receiptNo\": \"R-etag\"}").andExpect(status().isOk());
        awaitProjections();
        String next = mvc.perform(get("/api/v1/parcels/" + parcel).with(as("patrol")).header(HttpHeaders.IF_NONE_MATCH, etag))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.paid").value(1000.00))
                         .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(next).isNotEqualTo(etag);
    }

    @Test
    void aRememberedDetailIsRenderedAgainForTheNextBusinessDay() throws Exception {
        LocalDate day = today();
        RenderedDetails.Rendered first = details.detail(defaulter, day).orElseThrow();
        assertThat(details.detail(defaulter, day).orElseThrow().json()).as("the same version and day: reused")
                                                                      .isSameAs(first.json());
        RenderedDetails.Rendered tomorrow = details.detail(defaulter, day.plusDays(1)).orElseThrow();
        assertThat(tomorrow.etag()).isNotEqualTo(first.etag());
        assertThat(new String(tomorrow.json(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"asOf\":\"" + day.plusDays(1) + "\"");
        assertThat(new java.math.BigDecimal(com.jayway.jsonpath.JsonPath.read(new String(tomorrow.json(),
                java.nio.charset.StandardCharsets.UTF_8), "$.damages.latePayment").toString()))
                .as("an overdue installment accrues another day of damages")
                .isGreaterThan(new java.math.BigDecimal(com.jayway.jsonpath.JsonPath.read(new String(first.json(),
                        java.nio.charset.StandardCharsets.UTF_8), "$.damages.latePayment").toString()));
        assertThat(details.detail(SampleParcels.nextParcelId(), day)).isEmpty();
    }

    @Test
    void aRememberedDetailIsStillForAuthenticatedCallersOnly() throws Exception {
        String etag = getAs("desk", "/api/v1/parcels/" + paid).andExpect(status().isOk())
                                                             .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        expectProblem(mvc.perform(get("/api/v1/parcels/" + paid).header(HttpHeaders.IF_NONE_MATCH, etag)), 401,
                "UNAUTHENTICATED");
        expectProblem(mvc.perform(get("/api/v1/parcels/" + paid).with(httpBasic("desk", "wrong"))), 401,
                "UNAUTHENTICATED");
        expectProblem(mvc.perform(get("/api/v1/parcels?township=" + township).with(httpBasic("desk", "wrong"))), 401,
                "UNAUTHENTICATED");
    }

    @Test
    void theWorklistDefaultsToToday() throws Exception {
        getAs("desk", "/api/v1/worklist").andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(today().toString()))
                .andExpect(jsonPath("$.overduePayments[?(@.parcelId == '" + defaulter + "')]").exists())
                .andExpect(jsonPath("$.idleSuspectsAwaitingVerification[?(@.parcelId == '" + defaulter + "')]").exists())
                .andExpect(jsonPath("$.missedAwaitingFinding[?(@.parcelId == '" + defaulter + "')].milestone").value("START"))
                .andExpect(jsonPath("$.undeliveredNotices[?(@.noticeNo == '" + defaulter + "-CJ-02')]").exists());
        getAs("desk", "/api/v1/worklist?date=2024-06-02").andExpect(jsonPath("$.date").value("2024-06-02"));
        expectProblem(getAs("desk", "/api/v1/worklist?date=tomorrow"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/worklist?date=2024-02-30"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void noticesAreListedByTypeParcelAndDates() throws Exception {
        getAs("brigade", "/api/v1/notices?parcelId=" + defaulter + "&size=50").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].noticeNo").value(defaulter + "-CJ-01"))
                .andExpect(jsonPath("$.content[0].title").value("出让金催缴通知单"))
                .andExpect(jsonPath("$.content[0].issuedOn").value("2024-06-01"));
        getAs("brigade", "/api/v1/notices?parcelId=" + defaulter + "&type=START_OVERDUE")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].type").value("START_OVERDUE"));
        getAs("brigade", "/api/v1/notices?parcelId=" + defaulter + "&from=2024-10-01&to=2024-12-31")
                .andExpect(jsonPath("$.content[*].noticeNo", not(hasItem(defaulter + "-CJ-01"))))
                .andExpect(jsonPath("$.content[*].noticeNo", hasItem(defaulter + "-KGTZ-01")));
        getAs("brigade", "/api/v1/notices?parcelId=" + defaulter + "&delivered=true").andExpect(jsonPath("$.totalElements").value(0));

        expectProblem(getAs("desk", "/api/v1/notices?from=2024-07-01&to=2024-06-01"), 400, "VALIDATION_FAILED");
        getAs("desk", "/api/v1/notices?from=2024-07-01&to=2024-06-01").andExpect(jsonPath("$.fieldErrors[0].field").value("from"));
        expectProblem(getAs("desk", "/api/v1/notices?type=LOVE_LETTER"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/notices?parcelId=../etc"), 400, "VALIDATION_FAILED");
        expectProblem(getAs("desk", "/api/v1/notices?from=2024-99-99"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/notices?size=1000"), 400, "VALIDATION_FAILED");
    }

    @Test
    void aNoticeIsJsonOrThePrintableDocument() throws Exception {
        String number = hostile + "-CJ-01";
        getAs("desk", "/api/v1/notices/" + number)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.noticeNo").value(number))
                .andExpect(jsonPath("$.type").value("PAYMENT_URGE"))
                .andExpect(jsonPath("$.facts").isString())
                .andExpect(jsonPath("$.deliveredOn").doesNotExist());
        mvc.perform(get("/api/v1/notices/" + number).with(as("desk")).accept(MediaType.ALL))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));

        String html = mvc.perform(get("/api/v1/notices/" + number).with(as("patrol")).header("Accept", BROWSER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<title>出让金催缴通知单 " + number + "</title>", "<h1>出让金催缴通知单</h1>", number,
                        "Xinhe Bearing Co., Ltd.", "91130530MA0CX0XU3B", "2024年6月2日", "送达回执", "签收人",
                        "class=\"blank\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
                .doesNotContain("<script>");

        // once delivered, the receipt shows the delivery
        postAs("desk", "/api/v1/parcels/" + hostile + "/notices/" + number + "/delivery",
                "{\"deliveredOn\": \"2024-06-05\", \"receivedBy\": \"<b>Zhao</b>\"}").andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> mvc.perform(get("/api/v1/notices/" + number).with(as("desk"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("&lt;b&gt;Zhao&lt;/b&gt;")))
                .andExpect(content().string(containsString("2024年6月5日"))));

        expectProblem(getAs("desk", "/api/v1/notices/" + hostile + "-CJ-09"), 404, "NOTICE_NOT_FOUND");
        expectProblem(mvc.perform(get("/api/v1/notices/" + hostile + "-CJ-09").with(as("desk")).accept(MediaType.TEXT_HTML)),
                404, "NOTICE_NOT_FOUND");
        expectProblem(getAs("desk", "/api/v1/notices/not-a-notice"), 400, "VALIDATION_FAILED");
        expectProblem(mvc.perform(get("/api/v1/notices/" + number).with(as("desk")).accept(MediaType.APPLICATION_XML)),
                406, "NOT_ACCEPTABLE");
    }

    @Test
    void theIdleReferralRegisterFiltersByStatus() throws Exception {
        getAs("brigade", "/api/v1/idle-referrals?status=SUSPECTED").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.parcelId == '" + defaulter + "')].ground").value("NOT_STARTED"))
                .andExpect(jsonPath("$[?(@.parcelId == '" + defaulter + "')].idleSince").value("2024-10-01"));
        getAs("brigade", "/api/v1/idle-referrals?status=DISPOSED")
                .andExpect(jsonPath("$[?(@.parcelId == '" + defaulter + "')]").isEmpty());
        getAs("brigade", "/api/v1/idle-referrals").andExpect(jsonPath("$[?(@.parcelId == '" + defaulter + "')]").exists());
        expectProblem(getAs("desk", "/api/v1/idle-referrals?status=SLEEPING"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void indicatorsOfAYearAndTownship() throws Exception {
        getAs("admin", "/api/v1/indicators?year=2024&township=" + township).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.township").value(township))
                .andExpect(jsonPath("$.collectionRate.denominator").value(3 * 12345678.00))
                .andExpect(jsonPath("$.collectionRate.numerator").value(12345678.00));
        getAs("admin", "/api/v1/indicators").andExpect(jsonPath("$.year").value(today().getYear()));
        expectProblem(getAs("desk", "/api/v1/indicators?year=twenty"), 400, "MALFORMED_REQUEST");
        expectProblem(getAs("desk", "/api/v1/indicators?year=99999"), 400, "VALIDATION_FAILED");
        expectProblem(getAs("desk", "/api/v1/indicators?year=2024&township=" + "t".repeat(101)), 400, "VALIDATION_FAILED");
    }
}
