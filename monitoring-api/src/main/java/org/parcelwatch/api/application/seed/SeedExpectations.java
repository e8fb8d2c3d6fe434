package org.parcelwatch.api.application.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcelwatch.api.application.imports.ImportRefusal;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.SeedAction;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.imports.SeedRecord;

/**
 * The deliberately bad records and actions of seed files (those marked {@code "expectRefused"}), compared with
 * what an import actually refused: each must be refused with its code, and nothing else may be.
 */
public final class SeedExpectations {

    private SeedExpectations() {
    }

    /** What a refusal is identified by: file, record, action (null: the registration) and code. */
    public record Expected(String file, String parcelId, int recordIndex, Integer actionIndex, String action, String code) {

        static Expected of(ImportRefusal refusal) {
            return new Expected(refusal.file(), refusal.parcelId(), refusal.recordIndex(), refusal.actionIndex(),
                    refusal.action(), refusal.code());
        }

        @Override
        public String toString() {
            return file + " record " + recordIndex + " (" + parcelId + ") " + action
                    + (actionIndex == null ? "" : " #" + actionIndex) + ": " + code;
        }
    }

    public static List<Expected> expected(List<SeedFile> files) {
        List<Expected> expected = new ArrayList<>();
        for (SeedFile file : files) {
            for (SeedRecord record : file.records()) {
                if (record.expectRefused() != null) {
                    expected.add(new Expected(file.name(), record.parcelId(), record.index(), null,
                            ImportRefusal.REGISTRATION, record.expectRefused()));
                }
                for (SeedAction action : record.actions()) {
                    if (action.expectRefused() != null) {
                        expected.add(new Expected(file.name(), record.parcelId(), record.index(), action.index(),
                                action.kind().jsonName(), action.expectRefused()));
                    }
                }
            }
        }
        return expected;
    }

    public static List<Expected> actual(ImportReport report) {
        return report.refused().stream().map(Expected::of).toList();
    }

    /** Refusals that were expected and did not happen, and those that happened unexpected; empty when they agree. */
    public static List<String> differences(List<SeedFile> files, ImportReport report) {
        List<Expected> expected = expected(files);
        List<Expected> actual = actual(report);
        List<String> differences = new ArrayList<>();
        expected.stream().filter(e -> !actual.contains(e)).forEach(e -> differences.add("expected but not refused: " + e));
        for (ImportRefusal refusal : report.refused()) {
            if (!expected.contains(Expected.of(refusal))) {
                differences.add("refused unexpectedly: " + Expected.of(refusal) + " - " + refusal.reason());
            }
        }
        return differences.stream().filter(Objects::nonNull).toList();
    }
}
