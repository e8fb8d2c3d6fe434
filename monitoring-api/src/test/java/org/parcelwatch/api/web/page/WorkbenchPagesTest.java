package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The workbench's security and forms (issue 15) over MockMvc: pages redirect to the login form while the API stays
 * 401 problem JSON; the form needs its CSRF token and the same users as the API, and is throttled as the API is (429);
 * a form the role may not use is not shown and is refused if sent anyway; a payment sent through the form shows on
 * the parcel's file at once; a refusal is shown in Chinese beside the form with what was typed.
 */
class WorkbenchPagesTest extends ApiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.parcelwatch.api.application.sweep.SweepService sweeps;

    @org.springframework.beans.factory.annotation.Autowired
    org.axonframework.eventsourcing.eventstore.EventStore eventStore;

    private static RequestPostProcessor signedIn(String name) {
        return user(name).roles(name.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void aPageWithoutSignInRedirectsToTheLoginFormWhileTheApiStaysUnauthorized() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/parcels")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/api/v1/worklist")).andExpect(status().isUnauthorized())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // the API sets no session cookie, even after a Basic login
        assertThat(mvc.perform(get("/api/v1/worklist").with(as("desk"))).andExpect(status().isOk())
                      .andReturn().getResponse().getCookie("JSESSIONID")).isNull();
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                          .getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "登录");
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndTakesTheApiUsers() throws Exception {
        mvc.perform(post("/login").param("username", "desk").param("password", "desk"))
           .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "desk").param("password", "wrong").with(csrf()))
           .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "lead")
                        .param("password", "lead").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                         .getContentAsString(StandardCharsets.UTF_8);
        // lead is DESK and BRIGADE: both roles' sections
        assertThat(page).contains("逾期未缴出让金", "移交待认定").doesNotContain("疑似闲置待核实");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().isFound());
    }

    @Test
    void theFormLoginIsThrottledAsTheApiIs() throws Exception {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr("10.15.0.1");
            return request;
        };
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/login").param("username", "clerk-15").param("password", "guess" + i).with(csrf()).with(from))
               .andExpect(status().isFound());
        }
        // the form again (MockMvc does not follow the forward; the browser test sees its words)
        mvc.perform(post("/login").param("username", "clerk-15").param("password", "x").with(csrf()).with(from))
           .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
           .andExpect(forwardedUrl("/login"));
        // the right password of a locked name does not open it either
        mvc.perform(post("/login").param("username", "clerk-15").param("password", "clerk-15").with(csrf()).with(from))
           .andExpect(status().isTooManyRequests());
    }

    @Test
    void formsAreShownToTheRolesThatMayUseThemAndRefusedToOthers() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        String desk = page("desk", "/parcels/" + parcel);
        assertThat(desk).contains("id=\"form-payments\"", "登记缴款", "登记交地").doesNotContain("登记巡查");
        String patrol = page("patrol", "/parcels/" + parcel);
        assertThat(patrol).doesNotContain("id=\"form-payments\"").contains("登记巡查", "登记开工");
        String auditor = page("auditor", "/parcels/" + parcel);
        assertThat(auditor).doesNotContain("<form method=\"post\"");

        int before = eventCount(parcel);
        mvc.perform(post("/parcels/" + parcel + "/payments").with(signedIn("patrol")).with(csrf())
                        .param("amount", "100.00").param("paidOn", today().toString()).param("receiptNo", "R-1"))
           .andExpect(status().isForbidden());
        mvc.perform(post("/parcels/" + parcel + "/payments").with(signedIn("desk"))
                        .param("amount", "100.00").param("paidOn", today().toString()).param("receiptNo", "R-1"))
           .andExpect(status().isForbidden());
        assertThat(eventCount(parcel)).isEqualTo(before);
    }

    /**
     * Field work on the workbench (DESIGN §6.6): the desk assigns the land officer on the file, and the signed-in patrol
     * officer finds the parcel's board check among their tasks; a parcel without officer is on the desk's workbench.
     */
    @Test
    void theDeskAssignsTheOfficerOnTheFileAndTheOfficerSeesTheirTasks() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        String desk = page("desk", "/");
        assertThat(desk).contains("未指定国土员的宗地", parcel);
        // what is due comes before the sections with nothing in them, which fold into one line at the end
        assertThat(desk.indexOf("id=\"parcelsWithoutOfficer\" class=\"card\""))
                .isPositive().isLessThan(desk.indexOf("id=\"nothing-due\""));
        // the complaints' section folds into that line while empty; the context is shared, and a test of complaints run
        // before this one may have left one without officer, which puts the section among those with something due
        int nothingDue = desk.indexOf("id=\"nothing-due\"");
        int folded = desk.indexOf("<li id=\"complaintsWithoutOfficer\"");
        int card = desk.indexOf("id=\"complaintsWithoutOfficer\" class=\"card\"");
        assertThat(folded >= 0 ? folded > nothingDue && card < 0 : card >= 0 && card < nothingDue)
                .as("the complaints' section folded at the end (%d) or a card before it (%d); the line at %d", folded, card,
                        nothingDue).isTrue();
        assertThat(page("desk", "/parcels/" + parcel)).contains("id=\"form-officer\"", "指定国土员");
        assertThat(page("patrol", "/parcels/" + parcel)).doesNotContain("id=\"form-officer\"");
        mvc.perform(post("/parcels/" + parcel + "/officer").with(signedIn("patrol")).with(csrf()).param("officer", "patrol"))
           .andExpect(status().isForbidden());
        mvc.perform(post("/parcels/" + parcel + "/officer").with(signedIn("desk")).with(csrf()).param("officer", "patrol"))
           .andExpect(status().isFound()).andExpect(redirectedUrl("/parcels/" + parcel));
        assertThat(page("desk", "/parcels/" + parcel)).contains("<span id=\"officer\">patrol</span>");

        // handed over yesterday: today's sweep gives the officer the information-board check
        postAs("desk", "/api/v1/parcels/" + parcel + "/handover",
                "{\"handedOverOn\": \"" + today().minusDays(1) + "\"}").andExpect(status().isOk());
        commands.sendAndWait(new org.parcelwatch.monitoring.sweep.CheckDuePoints(parcel, today()),
                org.parcelwatch.monitoring.audit.AuditMetadata.sweep());
        awaitProjections();
        String workbench = page("patrol", "/");
        assertThat(workbench).contains("我的巡查任务", "公示牌检查", parcel, "待巡查");
        assertThat(page("patrol", "/parcels/" + parcel)).contains("公示牌检查");
    }

    @Test
    void aPaymentThroughTheFormShowsOnTheFileAtOnce() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        mvc.perform(post("/parcels/" + parcel + "/payments").with(signedIn("desk")).with(csrf())
                        .param("amount", "1000.00").param("paidOn", "2024-03-01").param("receiptNo", "PJ-15-1"))
           .andExpect(status().isFound()).andExpect(redirectedUrl("/parcels/" + parcel));
        // no waiting here: the form waited for the projections before redirecting
        String file = page("desk", "/parcels/" + parcel);
        assertThat(file).contains("<td id=\"paid\">1,000.00</td>");
        // the timeline: what, who in which role
        assertThat(file).contains("缴款到账", "desk (供地科)");
    }

    /**
     * Due process from the brigade's workbench (DESIGN §6.2): a determined idle parcel waits on the workbench for its
     * hearing-rights notice; the notice and the written waiver are sent through the file's forms (after the two years of
 * idleness that allow a recovery, 2024-10-01 to 2026-10-01), the recovery without
     * its government approval is refused beside the form, and with it the file shows the approval and the hearing.
     */
    @Test
    void theBrigadeTakesADeterminedParcelThroughItsHearingAndApprovalFromTheFile() throws Exception {
        String parcel = registerSample();
        defaultUntilSuspectedIdle(parcel);
        String base = "/api/v1/parcels/" + parcel;
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant" }""").andExpect(status().isOk());
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "XZRD-%s", "determinedOn": "2025-10-28", "cause": "LAND_USER" }""".formatted(parcel))
                .andExpect(status().isOk());
        awaitProjections();
        assertThat(page("brigade", "/")).contains("听证与批准待办", parcel, "待发听证告知书");
        assertThat(page("desk", "/parcels/" + parcel)).doesNotContain("发出听证告知书");
        assertThat(page("brigade", "/parcels/" + parcel)).contains("发出听证告知书", "人民政府批准文号");

        mvc.perform(post("/parcels/" + parcel + "/idle/hearing-notice").with(signedIn("brigade")).with(csrf())
                        .param("intendedDecision", "RECOVERY_WITHOUT_COMPENSATION").param("issuedOn", "2026-10-12"))
           .andExpect(status().isFound());
        postAs("desk", base + "/notices/%s-TZGZ-01/delivery".formatted(parcel), """
                { "deliveredOn": "2026-10-12", "receivedBy": "the land user's office" }""").andExpect(status().isOk());
        mvc.perform(post("/parcels/" + parcel + "/idle/hearing").with(signedIn("brigade")).with(csrf())
                        .param("requestedOn", "2026-10-13").param("waived", "true"))
           .andExpect(status().isFound());

        String refused = mvc.perform(post("/parcels/" + parcel + "/idle/disposal").with(signedIn("brigade")).with(csrf())
                                .param("method", "RECOVERY_WITHOUT_COMPENSATION").param("decisionNo", "SH-" + parcel)
                                .param("decidedOn", "2026-10-20"))
                            .andExpect(status().isUnprocessableEntity())
                            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("class=\"problem\"");
        mvc.perform(post("/parcels/" + parcel + "/idle/disposal").with(signedIn("brigade")).with(csrf())
                        .param("method", "RECOVERY_WITHOUT_COMPENSATION").param("decisionNo", "SH-" + parcel)
                        .param("decidedOn", "2026-10-20").param("approvalNo", "XZF-2026-88")
                        .param("approvedOn", "2026-10-19"))
           .andExpect(status().isFound());
        String file = page("brigade", "/parcels/" + parcel);
        assertThat(file).contains("id=\"approval\"", "XZF-2026-88", "id=\"hearings\"", parcel + "-TZGZ-01", "无偿收回");
    }

    @Test
    void aRefusalIsShownInChineseBesideTheFormWithWhatWasTyped() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        // more than is outstanding: the rule refuses (422)
        String refused = mvc.perform(post("/parcels/" + parcel + "/payments").with(signedIn("desk")).with(csrf())
                                .param("amount", "99999999999.00").param("paidOn", "2024-03-01").param("receiptNo", "PJ-15-2"))
                            .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("不符合监管规则").contains("value=\"PJ-15-2\"");
        // a field error (no date, a word for an amount): 400 beside the fields, nothing written
        int before = eventCount(parcel);
        String invalid = mvc.perform(post("/parcels/" + parcel + "/payments").with(signedIn("desk")).with(csrf())
                                .param("amount", "abc").param("paidOn", "").param("receiptNo", "PJ-15-3"))
                            .andExpect(status().isBadRequest()).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("请填写数字").contains("field-error");
        assertThat(eventCount(parcel)).isEqualTo(before);
    }

    /** Whether one of the first pages of the ledger {@code query} lists {@code parcel}. */
    private boolean onSomePage(String user, String query, String parcel) throws Exception {
        for (int pageNo = 0; pageNo < 20; pageNo++) {
            if (page(user, query + "&page=" + pageNo).contains(parcel)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theLedgerFiltersAndDownloadsWhatItShowsAsCsv() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        // on whichever page it falls: the class's other tests register parcels of the same stage, year and use
        assertThat(onSomePage("auditor", "/parcels?stage=REGISTERED&year=2024&landUse=0601", parcel)).isTrue();
        assertThat(page("auditor", "/parcels?year=1999")).doesNotContain(parcel);
        // unknown filter values filter nothing rather than fail
        assertThat(page("auditor", "/parcels?stage=NOPE&flag=x&year=abc").length()).isPositive();
        byte[] csv = mvc.perform(get("/parcels.csv").param("stage", "REGISTERED").with(signedIn("auditor")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("电子监管号").contains(parcel);
        byte[] xlsx = mvc.perform(get("/parcels.xlsx").param("stage", "REGISTERED").with(signedIn("auditor")))
                         .andExpect(status().isOk())
                         .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                         .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("电子监管号");
            assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(n -> sheet.getRow(n).getCell(0).getStringCellValue())).contains(parcel);
        }
    }

    @Test
    void everyRegisterPageRenders() throws Exception {
        registerSample();
        awaitProjections();
        assertThat(page("auditor", "/notices")).contains("通知书");
        assertThat(page("auditor", "/idle-referrals")).contains("闲置土地台账");
        assertThat(page("auditor", "/indicators?year=2024")).contains("出让金收缴率", "echarts.min.js");
        assertThat(page("desk", "/parcels/new")).contains("installments[0].dueDate");
        String missing = mvc.perform(get("/parcels/1305302099Z99999").with(signedIn("desk"))).andExpect(status().isNotFound())
                            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("找不到所请求的宗地");
        // the language switch: English pages on ?lang=en
        assertThat(page("desk", "/parcels/new?lang=en")).contains("Register a supply");
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void aNoticeIsDeliveredFromTheFileAndAnUnknownNoticeIsRefusedBesideIt() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        sweeps.sweepNow(null);
        awaitProjections();
        String noticeNo = com.jayway.jsonpath.JsonPath.read(getAs("desk", "/api/v1/notices?parcelId=" + parcel)
                .andReturn().getResponse().getContentAsString(), "$.content[0].noticeNo");
        String file = page("desk", "/parcels/" + parcel);
        assertThat(file).contains("/notices/" + noticeNo + "/print", "/parcels/" + parcel + "/notices/" + noticeNo + "/delivery");
        mvc.perform(post("/parcels/" + parcel + "/notices/" + noticeNo + "/delivery").with(signedIn("desk")).with(csrf())
                        .param("deliveredOn", today().toString()).param("receivedBy", "王芳"))
           .andExpect(status().isFound());
        assertThat(page("desk", "/parcels/" + parcel)).contains(today() + " 王芳")
                .doesNotContain("/parcels/" + parcel + "/notices/" + noticeNo + "/delivery");
        String refused = mvc.perform(post("/parcels/" + parcel + "/notices/" + parcel + "-XX-09/delivery").with(signedIn("desk"))
                                .with(csrf()).param("deliveredOn", today().toString()).param("receivedBy", "王芳"))
                            .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("找不到该通知书");
        assertThat(mvc.perform(get("/notices/" + noticeNo + "/print").with(signedIn("patrol"))).andExpect(status().isOk())
                      .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(noticeNo);
    }

    @Test
    void theAdminPageRunsASweepAndIsForTheAdminOnly() throws Exception {
        mvc.perform(get("/admin").with(signedIn("desk"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sweeps").with(signedIn("desk")).with(csrf())).andExpect(status().isForbidden());
        // each projection's dead letters with the parcels they are of and the queue's limit; none is full
        assertThat(page("admin", "/admin")).contains("业务时钟", "立即巡检", "ledger", "宗地，上限 1,024）")
                                           .doesNotContain("dead-letters-full");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/admin/sweeps").with(signedIn("admin")).with(csrf()).session(session))
           .andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));
        // a file that is not a seed file is refused on the page, not with a 500
        org.springframework.mock.web.MockMultipartFile junk = new org.springframework.mock.web.MockMultipartFile(
                "file", "junk.json", "application/json", "{\"not\": \"a seed\"}".getBytes(StandardCharsets.UTF_8));
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .multipart("/admin/imports").file(junk).with(signedIn("admin")).with(csrf()))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"refused\"");
    }

    /**
     * Issue 20 on the registration form: a supply registered after its first due date shows the installment overdue
     * and its urge notice on the parcel's file at once; ticked 「补录历史」, the registration is all that is recorded and
     * the file waits for the paper file's past (and the next sweep).
     */
    @Test
    void theRegistrationFormChecksTheDuePointsAtOnceUnlessItEntersHistory() throws Exception {
        String checked = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        String history = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        registerThroughTheForm(checked, false);
        registerThroughTheForm(history, true);

        assertThat(eventCount(history)).isEqualTo(1);
        assertThat(eventCount(checked)).isGreaterThan(1);
        assertThat(page("desk", "/parcels/" + checked)).contains(checked + "-CJ-01", checked + "-CJ-02");
        assertThat(page("desk", "/parcels/" + history)).doesNotContain(history + "-CJ-01");
        assertThat(page("desk", "/parcels/new")).contains("id=\"register-enteringHistory\"", "补录历史");
    }

    /** A form sent with the plot ratio's two boxes left empty, as a browser sends them, shows no "null" on the file. */
    @Test
    void aPlotRatioLeftEmptyIsBlankOnTheFileAndOneSideShowsADash() throws Exception {
        String empty = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        String upperOnly = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        registerThroughTheForm(empty, true, "", "");
        registerThroughTheForm(upperOnly, true, "", "2.5");

        assertThat(page("desk", "/parcels/" + empty)).doesNotContain("null");
        assertThat(page("desk", "/parcels/" + upperOnly)).doesNotContain("null").contains("— – 2.5");
    }

    /**
     * A supply to a land user in default (DESIGN §6.3): the file names each default in the reader's language, written
     * from the defaults the registration kept, not in the English words of the warning's recorded text; a registration
     * recorded before the defaults were kept as data still shows its recorded words.
     */
    @Test
    void theFileNamesALandUsersDefaultsInChinese() throws Exception {
        String creditCode = org.parcelwatch.api.support.SampleParcels.nextCreditCode();
        String overdue = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        register(org.parcelwatch.api.support.SampleParcels.registrationJson(overdue, "新河县宏达铸造有限公司", creditCode))
                .andExpect(status().isCreated());
        commands.sendAndWait(new org.parcelwatch.monitoring.sweep.CheckDuePoints(overdue, java.time.LocalDate.parse("2024-03-02")),
                org.parcelwatch.monitoring.audit.AuditMetadata.sweep());
        awaitProjections();
        String second = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        register(org.parcelwatch.api.support.SampleParcels.registrationJson(second, "新河县宏达铸造有限公司", creditCode))
                .andExpect(status().isCreated());
        awaitProjections();

        String file = page("desk", "/parcels/" + second);
        assertThat(file).contains("受让人有未了结的违约记录（国土资发〔2010〕34号）：地块 " + overdue
                        + " 拖欠土地出让价款 6,172,839.00 元，自 2024-03-02 起（催缴通知书 " + overdue + "-CJ-01）")
                .doesNotContain("overdue land price");
        // the English bundle writes the same defaults in English
        assertThat(page("desk", "/parcels/" + second + "?lang=en")).contains("The land user has open defaults"
                + " (国土资发〔2010〕34号): parcel " + overdue + ": overdue land price 6,172,839.00 yuan since 2024-03-02"
                + " (urge notice " + overdue + "-CJ-01)");

        // a registration stored before the defaults were kept as data: its recorded words are all there is
        String recorded = org.parcelwatch.api.support.SampleParcels.nextParcelId();
        var c = org.parcelwatch.api.support.SampleParcels.registerCommand(recorded);
        eventStore.publish(new org.axonframework.eventhandling.GenericDomainEventMessage<>("Parcel", recorded, 0,
                new org.parcelwatch.monitoring.registration.ParcelRegistered(recorded, c.contractNo(), c.parcelCode(),
                        c.supplyMethod(), c.projectName(), c.landUser(), c.location(), c.township(), c.districtCode(),
                        c.areaSqm(), c.landUse(), c.termYears(), c.totalPrice(), c.signedOn(),
                        org.parcelwatch.monitoring.registration.PaymentSchedulePolicy.number(c.installments()),
                        c.agreedHandoverDate(), c.agreedStartDate(), c.agreedCompletionDate(), c.plotRatio(),
                        c.plannedFloorAreaSqm(), c.totalInvestment(),
                        org.parcelwatch.monitoring.parcel.PenaltyRates.statutoryDefaults(), java.util.List.of(
                                "LAND_USER_IN_DEFAULT: the land user has open defaults (国土资发〔2010〕34号): " + overdue
                                        + " overdue land price 6172839.00 since 2024-03-02 (" + overdue + "-CJ-01)"), null, java.util.List.of())));
        awaitProjections();
        assertThat(page("desk", "/parcels/" + recorded)).contains("受让人有未了结的违约记录（国土资发〔2010〕34号）："
                + overdue + " overdue land price 6172839.00 since 2024-03-02 (" + overdue + "-CJ-01)");
    }

    private void registerThroughTheForm(String parcelId, boolean enteringHistory) throws Exception {
        registerThroughTheForm(parcelId, enteringHistory, "1.0", "2.0");
    }

    private void registerThroughTheForm(String parcelId, boolean enteringHistory, String minRatio, String maxRatio)
            throws Exception {
        var form = post("/parcels").with(signedIn("desk")).with(csrf())
                .param("parcelId", parcelId).param("contractNo", "XH-CR-" + parcelId).param("supplyMethod", "LISTING")
                .param("projectName", "新河轴承二期").param("landUser.name", "新河轴承有限公司")
                .param("landUser.creditCode", "91130530MA0CX0XU3B").param("township", "新河镇").param("districtCode", "130530")
                .param("landUse", "0601").param("areaSqm", "26666.70").param("termYears", "50")
                .param("totalPrice", "1000000.00").param("signedOn", "2024-02-01")
                .param("installments[0].dueDate", "2024-03-01").param("installments[0].amount", "600000.00")
                .param("installments[1].dueDate", "2024-05-01").param("installments[1].amount", "400000.00")
                .param("agreedHandoverDate", "2024-04-01").param("agreedStartDate", "2024-10-01")
                .param("agreedCompletionDate", "2026-10-01").param("plotRatio.min", minRatio).param("plotRatio.max", maxRatio)
                .param("plannedFloorAreaSqm", "40000.0").param("totalInvestment", "80000000.00");
        if (enteringHistory) {
            form.param("enteringHistory", "true");
        }
        mvc.perform(form).andExpect(status().isFound()).andExpect(redirectedUrlPattern("/parcels/" + parcelId + "*"));
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(signedIn(user))).andReturn().getResponse()
                  .getContentAsString(StandardCharsets.UTF_8);
    }
}
