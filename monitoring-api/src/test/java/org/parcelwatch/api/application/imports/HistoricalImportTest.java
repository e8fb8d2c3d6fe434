package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.seed.SeedExpectations;
import org.parcelwatch.api.application.seed.SeedLoader;
import org.parcelwatch.api.application.seed.SeedPeriodClock;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A second county imported into the quick-start database (Xinhe loaded on the first start, business date
 * 2025-12-31), as the command line does it: the clock is not moved, so the county's 2023–2025 story is history. Each
 * action is judged as of its own day: a breach found on 2023-08-10 is found that day and its performance notice is
 * issued that day, so the delivery four days later is accepted; nothing valid is refused.
 */
@EmbeddedDefaultTest(properties = "parcelwatch.seed.load-on-empty=true")
@Import(SeedPeriodClock.class)
class HistoricalImportTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    @Autowired
    ImportService imports;
    @Autowired
    SeedLoader loader;
    @Autowired
    BusinessClock clock;
    @Autowired
    ClusterProjectionProgress projections;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondCountysHistoryIsDatedOnItsOwnDays() throws Exception {
        assertThat(loader.report()).as("the quick start loaded Xinhe").isNotNull();
        assertThat(clock.today()).isEqualTo(TODAY);
        List<SeedFile> zhao = SeedResources.load(List.of("classpath:seeds/zhao-130133.json"));

        ImportReport report = imports.run(zhao, ImportOptions.asOfToday("import", "ADMIN"));

        assertThat(SeedExpectations.differences(zhao, report)).as("only the deliberately bad records are refused").isEmpty();
        assertThat(report.clockMoved()).isFalse();
        assertThat(clock.today()).isEqualTo(TODAY);
        ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(projections.awaitCaughtUp(group, java.time.Duration.ofSeconds(30))).as(group).isTrue());

        // the start breach found on 2023-08-10: its performance notice is of that day, delivered on 2023-08-14
        JsonNode notice = json("/api/v1/notices/1301332023B00013-KGLY-01");
        assertThat(notice.path("issuedOn").asText()).isEqualTo("2023-08-10");
        assertThat(notice.path("deliveredOn").asText()).isEqualTo("2023-08-14");
        // no notice of Zhao's history is dated on the import's day
        JsonNode performance = json("/api/v1/notices?parcelId=1301332023B00013&size=100");
        assertThat(performance.path("content").findValuesAsText("issuedOn")).isNotEmpty().doesNotContain(TODAY.toString());
        // the breach register dates the findings on their days
        JsonNode breaches = json("/api/v1/breaches");
        assertThat(breaches.findValuesAsText("foundOn")).contains("2023-08-10", "2025-02-20")
                                                                       .doesNotContain(TODAY.toString());
        // each month of Zhao's history had its cross patrols drawn on its first day, dated that day, in Zhao
        assertThat(report.patrolTasksDrawn()).isPositive();
        List<LocalDate> drawnOn = jdbc.queryForList("select distinct assigned_on from patrol_task"
                + " where kind in ('CROSS', 'SPOT_CHECK') and parcel_id like '130133%'", LocalDate.class);
        assertThat(drawnOn).hasSizeGreaterThanOrEqualTo(24).doesNotContain(TODAY)
                           .allSatisfy(day -> assertThat(day.getDayOfMonth()).isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from patrol_task t join parcel_officer o on o.officer = t.officer"
                + " where t.kind in ('CROSS', 'SPOT_CHECK') and t.parcel_id like '130133%' and o.parcel_id not like '130133%'",
                Integer.class)).as("drawn to an officer of another county").isZero();
    }

    private JsonNode json(String path) throws Exception {
        return JSON.readTree(mvc.perform(get(path).with(httpBasic("desk", "desk")))
                                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
