package org.parcelwatch.api.application.seed;

import org.parcelwatch.api.application.imports.SeedResources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.support.ApplicationNodes;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.api.support.ImportKill;
import org.parcelwatch.api.support.StoredEvents;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first start of the embedded default on an empty database with {@code parcelwatch.seed.load-on-empty=true}
 * (its default; the test properties turn it off for every other test): the sample county is loaded, so the first
 * screen shows Xinhe County as it stands on 2025-12-31. A first start killed half way through that load is finished
 * by the next start, to the same events. Then a synthetic supply ({@link SyntheticSupply}) goes through the same
 * import, moving the clock on into its own years, without a single refusal.
 */
@EmbeddedDefaultTest(properties = {"parcelwatch.seed.load-on-empty=true",
        // the synthetic supply runs into 2028, which has no published calendar: a test-only one for its hearing periods
        "parcelwatch.calendar.dir=src/test/resources/test-calendars"})
@Import(SeedPeriodClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Autowired
    MockMvc mvc;
    @Autowired
    SeedLoader loader;
    @Autowired
    BusinessClock clock;
    @Autowired
    ClusterProjectionProgress projections;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void theSampleCountyIsLoadedOnTheFirstStart() throws Exception {
        ImportReport report = loader.report();
        assertThat(report).as("the loader ran at start-up").isNotNull();
        List<SeedFile> sample = SeedResources.load(List.of("classpath:seeds/xinhe-130530.json"));
        assertThat(SeedExpectations.differences(sample, report)).isEmpty();
        assertThat(report.accepted()).isEqualTo(15);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 12, 31));
        ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(projections.awaitCaughtUp(group, Duration.ofSeconds(30))).as(group).isTrue());

        // ready once the load is done and the projections have read it (FirstStartReadiness)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());

        JsonNode ledger = json(get("/api/v1/parcels?size=50"));
        assertThat(ledger.path("totalElements").asInt()).isEqualTo(15);
        JsonNode worklist = json(get("/api/v1/worklist"));
        assertThat(worklist.path("date").asText()).isEqualTo("2025-12-31");
        assertThat(worklist.path("overduePayments").findValuesAsText("parcelId")).contains("1305302025B00006");
        assertThat(worklist.path("undeliveredNotices").findValuesAsText("noticeNo")).contains("1305302025B00006-CJ-01");
        assertThat(loader.loadIfNeeded()).as("a second start loads nothing").isNull();
    }

    /**
     * Another data directory: its first start is killed half way through the sample county ({@link ImportKill}), which
     * leaves it half loaded; the next start finishes the load. The county then holds exactly the events of this
     * class's uninterrupted first start, each stamped on the same simulated day, and its clock stands on 2025-12-31;
     * a third start loads nothing.
     */
    @Test
    @Order(2)
    void aFirstStartKilledHalfWayThroughTheSampleIsFinishedByTheNextStart() {
        StoredEvents uninterrupted = StoredEvents.of(jdbc, true);
        ImportReport clean = loader.report();
        int commands = clean.accepted() + clean.actionsApplied() + clean.checks();
        String dataDir = ApplicationNodes.h2DataDir("first-run-killed");

        assertThatThrownBy(() -> start(dataDir, commands / 2)).hasRootCauseInstanceOf(ImportKill.Killed.class);

        try (ConfigurableApplicationContext second = start(dataDir, -1)) {
            ImportReport report = second.getBean(SeedLoader.class).report();
            assertThat(report).as("the second start resumed the load").isNotNull();
            assertThat(StoredEvents.of(second.getBean(JdbcTemplate.class), true).differencesFrom(uninterrupted)).isEmpty();
            assertThat(report.refused()).containsExactlyInAnyOrderElementsOf(clean.refused());
            assertThat(report.accepted()).isEqualTo(15);
            assertThat(report.resumedRecords()).isNotEmpty().hasSizeLessThan(15);
            assertThat(report.actionsApplied() + report.actionsResumed()).isEqualTo(clean.actionsApplied());
            assertThat(second.getBean(BusinessClock.class).today()).isEqualTo(LocalDate.of(2025, 12, 31));
        }
        try (ConfigurableApplicationContext third = start(dataDir, -1)) {
            assertThat(third.getBean(SeedLoader.class).report()).as("a third start loads nothing").isNull();
        }
    }

    @Test
    @Order(3)
    void aSyntheticSupplyImportsWithoutARefusal() {
        SyntheticSupply supply = new SyntheticSupply(7, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        SeedFile file = SeedFile.parse("synthetic.json", supply.seedFile(48));
        assertThat(file.malformed()).isEmpty();
        ImportReport report = imports.run(List.of(file), ImportOptions.simulate("bench", "SYSTEM").withTimeline(false));
        assertThat(report.refused()).isEmpty();
        assertThat(report.skipped()).isEmpty();
        assertThat(report.accepted()).isEqualTo(48);
        assertThat(report.actionsApplied()).isEqualTo(report.actions());
        assertThat(report.clockMoved()).isTrue();
        assertThat(report.noticesIssued()).containsKeys("PAYMENT_REMINDER", "START_REMINDER", "START_OVERDUE");
    }

    /** A first start of the embedded default on {@code dataDir}, killed after so many commands (never: -1). */
    private static ConfigurableApplicationContext start(String dataDir, int killAfterCommands) {
        return ApplicationNodes.h2(dataDir, Map.of("parcelwatch.seed.load-on-empty", "true",
                        "parcelwatch.test.kill-after-commands", Integer.toString(killAfterCommands)),
                SeedPeriodClock.class, ImportKill.AtStartUp.class);
    }

    private JsonNode json(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return JSON.readTree(mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                                                 .with(httpBasic("desk", "desk")))
                                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
