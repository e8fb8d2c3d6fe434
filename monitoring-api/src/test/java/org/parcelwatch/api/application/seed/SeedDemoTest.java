package org.parcelwatch.api.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.notice.NoticeProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo on the embedded default, as {@code seeds/demo.sh} runs it: the three sample counties simulated day by
 * day through 2023-2025 (clock stepped, sweep each due day, actions on their dates). Every seed file imports with
 * exactly its deliberately bad records refused, and at the end the notices per type are those of the table in
 * {@code seeds/README.md}: if a rule or a seed changes them, this test fails until the table is brought up to date.
 */
class SeedDemoTest extends DemoContext {

    static final Path README = Path.of("..", "seeds", "README.md");

    @Autowired
    DemoRunner demo;
    @Autowired
    BusinessClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClusterProjectionProgress projections;

    @Test
    void everySeedFileImportsWithExactlyItsDeliberatelyBadRecordsRefused() {
        ImportReport report = demo.report();
        assertThat(report).isNotNull();
        assertThat(SeedExpectations.differences(demo.files(), report)).isEmpty();
        assertThat(report.refused()).isNotEmpty();
        assertThat(report.files()).allSatisfy(file -> assertThat(file.refused()).as(file.file()).isPositive());
        assertThat(report.skipped()).isEmpty();
        assertThat(report.from()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(report.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void noticesPerTypeAtTheEndOfTheDemoAreThoseOfTheSeedsReadme() {
        Map<String, Integer> stated = statedNoticeCounts();
        Map<String, Integer> issued = new LinkedHashMap<>();
        for (NoticeType type : NoticeType.values()) {
            issued.put(type.name(), demo.report().noticesIssued().getOrDefault(type.name(), 0));
        }
        issued.put("total", issued.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(issued).as("notices issued by the demo vs the table in seeds/README.md").isEqualTo(stated);

        // the notice register (projection) agrees with the events
        assertThat(projections.awaitCaughtUp(NoticeProjection.GROUP, Duration.ofSeconds(30))).isTrue();
        for (NoticeType type : NoticeType.values()) {
            String seedParcels = demo.files().stream().flatMap(f -> f.parcelIds().stream()).distinct()
                                     .map(id -> "'" + id + "'").collect(Collectors.joining(","));
            assertThat(jdbc.queryForObject("select count(*) from notice where type = ? and parcel_id in (" + seedParcels + ")",
                    Integer.class, type.name()))
                    .as("notice register, " + type).isEqualTo(stated.get(type.name()));
        }
    }

    /**
     * Taoyuan's parcels have their township's land officer (issue 21): the nights the demo plays gave them patrol tasks
     * and the officers' own patrols closed some (every county's field work: {@link SampleFieldWorkTest}).
     */
    @Test
    void theTaoyuanOfficersGotPatrolTasksAndClosedSome() {
        assertThat(projections.awaitCaughtUp(org.parcelwatch.projections.field.FieldWorkProjection.GROUP,
                Duration.ofSeconds(30))).isTrue();
        String taoyuan = "parcel_id like '430725%'";
        assertThat(jdbc.queryForObject("select count(*) from parcel_officer where " + taoyuan, Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(distinct kind) from patrol_task where " + taoyuan, Integer.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from patrol_task where done_on is not null and " + taoyuan,
                Integer.class)).isPositive();
    }

    /** The table of seeds/README.md between its "notices at the end of the demo" markers: {@code | TYPE | n |}. */
    static Map<String, Integer> statedNoticeCounts() {
        String readme;
        try {
            readme = Files.readString(README);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = readme.indexOf("<!-- notice-counts:begin -->");
        int to = readme.indexOf("<!-- notice-counts:end -->");
        assertThat(from).as("notice-counts markers in seeds/README.md").isNotNegative();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher row = Pattern.compile("^\\|\\s*`?([A-Za-z_]+)`?\\s*\\|[^|]*\\|\\s*(\\d+)\\s*\\|", Pattern.MULTILINE)
                             .matcher(readme.substring(from, to));
        while (row.find()) {
            counts.put(row.group(1).equals("Total") ? "total" : row.group(1), Integer.parseInt(row.group(2)));
        }
        return counts;
    }
}
