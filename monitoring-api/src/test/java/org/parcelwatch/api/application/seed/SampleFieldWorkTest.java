package org.parcelwatch.api.application.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.application.forms.IdleDisposalRequest;
import org.parcelwatch.api.application.forms.OfficerRequest;
import org.parcelwatch.api.application.forms.PatrolRequest;
import org.parcelwatch.api.application.imports.ActionKind;
import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.SeedAction;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.imports.SeedRecord;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Field work in the three sample counties after the demo (issue 21): every county has its land officers, open and
 * done patrol tasks, and a few patrol photos taken in from the seed files' evidence lists through the evidence
 * service (EXIF read, stored once by SHA-256, named in the patrols' history); the one photo taken a month before its
 * patrol flags that parcel PATROL_REVIEW. The import of 2023–2025 drew each month's cross patrols and spot checks on
 * the first of the month, dated that day, exactly the draw the seed and the parcels of that day give, never to an
 * officer of the parcel's own township.
 */
class SampleFieldWorkTest extends DemoContext {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Map<String, Integer> OFFICERS = Map.of("130530", 15, "130133", 11, "430725", 12);
    private static final String IMPLAUSIBLE = "1305302024B00012";

    @Autowired
    DemoRunner demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClusterProjectionProgress projections;
    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SupervisionSettings settings;
    @Autowired
    ImportService imports;

    @BeforeEach
    void caughtUp() {
        ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(projections.awaitCaughtUp(group, Duration.ofSeconds(30))).as(group).isTrue());
    }

    @Test
    void everySampleCountyHasItsOfficersOpenAndDoneTasksAndPhotos() {
        // the sample parcels only: other tests of this context import more
        String samples = demo.files().stream().flatMap(f -> f.parcelIds().stream()).distinct()
                             .map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
        OFFICERS.forEach((county, officers) -> {
            String of = "parcel_id like '" + county + "%' and parcel_id in (" + samples + ")";
            assertThat(count("select count(*) from parcel_officer where " + of)).as(county + " officers").isEqualTo(officers);
            assertThat(count("select count(*) from patrol_task where done_on is null and " + of)).as(county + " open").isPositive();
            assertThat(count("select count(*) from patrol_task where done_on is not null and " + of)).as(county + " done").isPositive();
            assertThat(count("select count(*) from patrol_task where kind = 'CROSS' and " + of)).as(county + " cross").isPositive();
        });
        // every officer is one of the township's patrol inspectors, so their own patrols close their tasks
        for (SeedFile file : demo.files()) {
            for (SeedRecord record : file.records()) {
                Set<String> inspectors = new HashSet<>();
                String officer = null;
                for (SeedAction action : record.actions()) {
                    if (action.request() instanceof PatrolRequest patrol) {
                        inspectors.add(patrol.inspector());
                    } else if (action.request() instanceof OfficerRequest assigned) {
                        officer = assigned.officer();
                    }
                }
                if (!inspectors.isEmpty() && record.expectRefused() == null) {
                    assertThat(inspectors).as(record.parcelId()).containsExactly(officer);
                }
            }
        }

        List<SeedFile.Photo> photos = demo.files().stream().flatMap(f -> f.evidence().stream()).toList();
        assertThat(photos).hasSize(7);
        assertThat(demo.report().photos()).isEqualTo(7);
        assertThat(demo.files()).allSatisfy(file -> assertThat(file.evidence()).as(file.name()).isNotEmpty());
        for (SeedFile.Photo photo : photos) {
            EvidenceService.Photo stored = evidence.find(photo.sha256()).orElseThrow();
            assertThat(stored.contentType()).isEqualTo("image/jpeg");
            assertThat(stored.bytes()).isLessThanOrEqualTo(SeedPhotosTest.MAX_BYTES);
            assertThat(stored.takenAt()).as(photo.name() + " EXIF time").isNotNull();
            assertThat(stored.longitude()).as(photo.name() + " EXIF GPS").isNotNull();
            assertThat(stored.latitude()).as(photo.name() + " EXIF GPS").isNotNull();
        }
    }

    @Test
    void thePatrolsNameTheirPhotosAndThePhotoTakenAMonthBeforeItsPatrolFlagsItForReview() throws Exception {
        for (SeedFile file : demo.files()) {
            for (SeedRecord record : file.records()) {
                List<String> named = record.actions().stream()
                        .filter(a -> a.request() instanceof PatrolRequest p && p.photos() != null)
                        .flatMap(a -> ((PatrolRequest) a.request()).photos().stream()).toList();
                if (named.isEmpty()) {
                    continue;
                }
                String history = text("/api/v1/parcels/" + record.parcelId() + "/history?size=500");
                assertThat(history).as(record.parcelId() + " history").contains(named);
                JsonNode parcel = json("/api/v1/parcels/" + record.parcelId());
                if (record.parcelId().equals(IMPLAUSIBLE)) {
                    assertThat(parcel.path("flags").toString()).contains("PATROL_REVIEW");
                    JsonNode finding = parcel.path("lastPatrol").path("photoFindings").path(0);
                    assertThat(finding.path("reason").asText()).isEqualTo("TAKEN_AWAY_FROM_PATROL_DATE");
                    assertThat(finding.path("amount").asInt()).isEqualTo(32);
                } else {
                    assertThat(parcel.path("flags").toString()).as(record.parcelId()).doesNotContain("PATROL_REVIEW");
                }
            }
        }
        JsonNode review = json("/api/v1/parcels?flag=PATROL_REVIEW&size=100");
        assertThat(review.path("content").findValuesAsText("parcelId")).containsExactly(IMPLAUSIBLE);
    }

    @Test
    void importingTheSameEvidenceAgainStoresNoPhotoTwice() {
        int stored = count("select count(*) from evidence_file");
        // Xinhe again, on its own: its records are recognised as imported, its photos are the same bytes
        List<SeedFile> xinhe = demo.files().stream().filter(f -> f.name().startsWith("xinhe")).toList();
        ImportReport again = imports.run(xinhe, ImportOptions.asOfToday("import", "ADMIN"));

        assertThat(again.photos()).isEqualTo(3);
        assertThat(again.refused()).noneMatch(r -> r.action().equals("evidence"));
        assertThat(count("select count(*) from evidence_file")).isEqualTo(stored);
    }

    @Test
    void aPhotoWhoseBytesAreNotItsHashIsRefusedAndAPatrolNamingAPhotoNobodyStoredIsRefused() {
        String parcel = "1305302025B00041";
        String credit = "91130530MA0GQY8K4" + CreditCode.checkCharacter("91130530MA0GQY8K4");
        String photo = java.util.Base64.getEncoder().encodeToString(
                demo.files().stream().flatMap(f -> f.evidence().stream()).findFirst().orElseThrow().bytes());
        String unknown = "ab".repeat(32);
        String file = """
                { "records": [
                    { "registeredOn": "2025-12-01", "parcelId": "%1$s", "contractNo": "XH-CR-2025-041",
                      "supplyMethod": "LISTING", "projectName": "群英轴承二车间",
                      "landUser": { "name": "新河县群英轴承有限公司", "creditCode": "%2$s" },
                      "township": "新河镇", "districtCode": "130530", "areaSqm": 12000.00, "landUse": "INDUSTRIAL",
                      "termYears": 50, "totalPrice": 3600000.00, "signedOn": "2025-11-30",
                      "installments": [ { "dueDate": "2025-12-30", "amount": 3600000.00 } ],
                      "agreedHandoverDate": "2025-12-20", "agreedStartDate": "2026-03-01", "agreedCompletionDate": "2027-09-01",
                      "actions": [
                        { "action": "officer", "officer": "李强（新河镇国土资源所）", "on": "2025-12-02" },
                        { "action": "patrol", "patrolledOn": "2025-12-10", "inspector": "李强（新河镇国土资源所）",
                          "status": "NOT_STARTED", "photos": ["%3$s"] } ] } ],
                  "evidence": [ { "name": "wrong-hash.jpg", "sha256": "%4$s", "base64": "%5$s" } ] }
                """.formatted(parcel, credit, unknown, "0".repeat(64), photo);
        int stored = count("select count(*) from evidence_file");

        ImportReport report = imports.run(List.of(SeedFile.parse("evidence.json", file.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                ImportOptions.asOfToday("import", "ADMIN"));

        assertThat(report.photos()).isZero();
        assertThat(report.refused()).extracting(r -> r.action() + " " + r.code())
                                    .containsExactlyInAnyOrder("evidence MALFORMED_RECORD", "patrol EVIDENCE_UNKNOWN");
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(count("select count(*) from evidence_file")).isEqualTo(stored);
    }

    /**
     * The history's monthly draws are the draws {@link CrossPatrolDraw} makes from the configured seed and the parcels
     * of that first of the month (registered before it, with an officer assigned before it, not closed): the same seed
     * and files draw the same patrols, however often the import runs. No draw goes to an officer of the parcel's own
     * township, or of another county.
     */
    @Test
    void theHistoryDrewEachMonthsCrossPatrolsOnItsFirstDayReproducibly() {
        int months = 0;
        for (YearMonth month = YearMonth.of(2023, 2); !month.isAfter(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            Set<String> expected = new TreeSet<>();
            for (CrossPatrolDraw.Draw draw : CrossPatrolDraw.draw(month, candidatesOn(first), settings.patrol())) {
                expected.add(draw.parcelId() + " " + draw.taskId() + " " + draw.officer() + " " + draw.dueOn());
            }
            Set<String> drawn = new TreeSet<>(jdbc.query("select parcel_id, task_id, officer, due_on, assigned_on from patrol_task"
                            + " where kind in ('CROSS', 'SPOT_CHECK') and task_id like ?",
                    (rs, i) -> {
                        assertThat(rs.getObject(5, LocalDate.class)).as("drawn on the first").isEqualTo(first);
                        return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getObject(4, LocalDate.class);
                    }, "%-" + month));
            assertThat(drawn).as(month.toString()).isEqualTo(expected);
            months += drawn.isEmpty() ? 0 : 1;
        }
        assertThat(months).as("months with a draw").isGreaterThanOrEqualTo(30);

        List<Map<String, Object>> draws = jdbc.queryForList("select t.parcel_id, t.officer, l.township from patrol_task t"
                + " join parcel_ledger l on l.parcel_id = t.parcel_id where t.kind in ('CROSS', 'SPOT_CHECK')");
        assertThat(draws).isNotEmpty();
        for (Map<String, Object> draw : draws) {
            String parcel = (String) draw.get("parcel_id");
            List<String> ownTownships = jdbc.queryForList("select distinct township from parcel_officer where officer = ?"
                    + " and parcel_id like ?", String.class, draw.get("officer"), parcel.substring(0, 6) + "%");
            assertThat(ownTownships).as(parcel + " drawn to " + draw.get("officer") + ", an officer of the same county")
                                    .isNotEmpty()
                                    .doesNotContain((String) draw.get("township"));
        }
    }

    /** The parcels the draw of {@code first} chose from, as the seed files tell them. */
    private List<CrossPatrolDraw.Candidate> candidatesOn(LocalDate first) {
        List<CrossPatrolDraw.Candidate> candidates = new ArrayList<>();
        for (SeedFile file : demo.files()) {
            for (SeedRecord record : file.records()) {
                if (record.expectRefused() != null || !record.day().isBefore(first)) {
                    continue;
                }
                String officer = null;
                boolean closed = false;
                for (SeedAction action : record.actions()) {
                    if (action.expectRefused() != null || !action.day().isBefore(first)) {
                        continue;
                    }
                    if (action.request() instanceof OfficerRequest assigned) {
                        officer = assigned.officer();
                    }
                    closed |= action.kind() == ActionKind.TERMINATION
                            || action.request() instanceof IdleDisposalRequest disposal
                            && disposal.method() == IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION;
                }
                if (officer != null && !closed) {
                    candidates.add(new CrossPatrolDraw.Candidate(record.parcelId(), record.registration().township(), officer));
                }
            }
        }
        return candidates;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private JsonNode json(String path) throws Exception {
        return JSON.readTree(text(path));
    }

    private String text(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("auditor", "auditor"))).andExpect(status().isOk())
                  .andReturn().getResponse().getContentAsString();
    }
}
