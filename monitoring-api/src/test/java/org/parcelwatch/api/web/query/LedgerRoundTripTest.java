package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.export.ExportWorkbook;
import org.parcelwatch.api.application.export.XlsxTableWriter;
import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.LedgerColumns;
import org.parcelwatch.api.application.imports.LedgerWorkbook;
import org.parcelwatch.api.application.imports.LedgerWorkbooks;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.api.support.ApplicationNodes;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ledger round trip (issue 16, done when): a county's parcels imported as history, the ledger downloaded as .xlsx,
 * that file imported into an empty database, and the second database downloads the same ledger, cell for cell, on both
 * sheets (供地台账 with its installment columns, 事件). The parcels are the seed counties' records whose history the
 * download carries (payments, handover, start, completion, notice deliveries): patrols, findings, extensions and idle
 * cases are not in it yet (README, Ledger import).
 */
@EmbeddedDefaultTest
class LedgerRoundTripTest {

    private static final Set<String> CARRIED = Set.of("payment", "handover", "start", "completion", "notice-delivery");

    @Autowired
    ImportService imports;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    ClusterProjectionProgress projections;

    @Test
    void theDownloadedLedgerImportedIntoAnEmptyDatabaseIsTheSameLedger() throws Exception {
        ImportReport first = imports.run(List.of(SeedFile.parse("carried.json", carriedRecords())),
                ImportOptions.asOfToday("import", "ADMIN"));
        assertThat(first.refused()).isEmpty();
        assertThat(first.accepted()).isGreaterThanOrEqualTo(4);
        caughtUp(projections);
        byte[] download = download(parcels);
        Map<String, List<List<String>>> original = LedgerWorkbooks.cells(download);
        assertThat(original.get(LedgerColumns.PARCELS)).hasSize(first.accepted() + 1);
        assertThat(original.get(LedgerColumns.PARCELS).get(0)).contains(LedgerColumns.installmentDate(1));
        assertThat(original.get(LedgerColumns.EVENTS).stream().map(row -> row.get(1)))
                .contains("缴款", "交地", "开工", "送达");

        try (ConfigurableApplicationContext empty = ApplicationNodes.h2(ApplicationNodes.h2DataDir("ledger-round-trip"),
                Map.of())) {
            ImportReport second = empty.getBean(ImportService.class).run(
                    List.of(LedgerWorkbook.read("供地台账.xlsx", download, LedgerWorkbook.Limits.DEFAULT)),
                    ImportOptions.asOfToday("import", "ADMIN"));
            assertThat(second.refused()).isEmpty();
            assertThat(second.accepted()).isEqualTo(first.accepted());
            assertThat(second.actionsApplied()).isEqualTo(first.actionsApplied());
            caughtUp(empty.getBean(ClusterProjectionProgress.class));

            assertThat(LedgerWorkbooks.cells(download(empty.getBean(ParcelQueries.class)))).isEqualTo(original);
        }
    }

    /** The records of the three seed counties whose actions are all of the kinds the download carries. */
    private static JsonNode carriedRecords() throws IOException {
        ObjectNode file = SeedFile.objectMapper().createObjectNode();
        ArrayNode records = file.putArray("records");
        for (String county : List.of("xinhe-130530", "zhao-130133", "taoyuan-430725")) {
            JsonNode seeds = SeedFile.objectMapper().readTree(Files.readAllBytes(Path.of("../seeds/" + county + ".json")));
            for (JsonNode record : seeds.path("records")) {
                List<String> kinds = new ArrayList<>();
                // the land officer is shown in the download (国土员) but not read back by the import yet: left out here
                record.path("actions").forEach(a -> {
                    if (!a.path("action").asText().equals("officer")) {
                        kinds.add(a.path("action").asText());
                    }
                });
                if (!record.has("expectRefused") && CARRIED.containsAll(kinds)
                        && kinds.stream().noneMatch(k -> k.isEmpty())) {
                    ObjectNode copy = record.deepCopy();
                    copy.path("actions").forEach(a -> ((ObjectNode) a).remove("expectRefused"));
                    ArrayNode actions = (ArrayNode) copy.path("actions");
                    for (int i = actions.size() - 1; i >= 0; i--) {
                        if (actions.get(i).path("action").asText().equals("officer")) {
                            actions.remove(i);
                        }
                    }
                    records.add(copy);
                }
            }
        }
        return file;
    }

    private static void caughtUp(ClusterProjectionProgress progress) {
        ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(progress.awaitCaughtUp(group, Duration.ofSeconds(30))).as(group).isTrue());
    }

    /** The ledger download as {@code GET /parcels} writes it (all parcels, both sheets). */
    private static byte[] download(ParcelQueries parcels) throws IOException {
        return write(RegisterExports.ledgerDownload(parcels, new LedgerFilter(null, null, null)));
    }

    private static <T> byte[] write(ExportWorkbook<T> workbook) throws IOException {
        List<XlsxTableWriter.Part<?>> parts = new ArrayList<>();
        parts.add(new XlsxTableWriter.Part<>(workbook.table(), workbook.rows()));
        parts.addAll(workbook.moreSheets());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().writeAll(parts, out);
        return out.toByteArray();
    }
}
