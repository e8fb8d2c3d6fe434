package org.parcelwatch.api.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.imports.SeedAction;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.imports.SeedRecord;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.RegistrationPolicy;
import org.parcelwatch.monitoring.registration.SupervisionNumber;

/**
 * The sample counties of {@code seeds/} as data, without Spring: every file reads cleanly, the good records meet
 * every registration rule (valid credit codes, installments summing to the price, dates in order), the
 * deliberately bad ones are marked, and together they walk every path of issue 8.
 */
class SeedFilesTest {

    static final Path SEEDS = Path.of("..", "seeds");

    static final List<String> PATHS = List.of("ON_TIME_PAYMENT", "LATE_PAYMENT", "INSTALLMENTS", "LATE_HANDOVER_GOVERNMENT",
            "ON_TIME_START", "LATE_START_BREACH", "EXTENSION_GOVERNMENT", "COMPLETED", "COMPLETION_BREACH", "IDLE_FEE",
            "IDLE_RECOVERY", "PARTIAL_DEVELOPMENT", "ALLOCATION");

    static List<SeedFile> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                        .map(p -> {
                            try {
                                return SeedFile.parse(p.getFileName().toString(), Files.readAllBytes(p));
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }).toList();
        }
    }

    @Test
    void threeCountiesWithThirtyToSixtyParcelsOver2023To2025() throws IOException {
        List<SeedFile> files = seedFiles();
        assertThat(files).extracting(f -> f.county().districtCode()).containsExactlyInAnyOrder("130133", "430725", "130530");
        assertThat(files).extracting(f -> f.county().nameZh()).containsExactlyInAnyOrder("赵县", "桃源县", "新河县");
        int parcels = files.stream().mapToInt(f -> (int) f.records().stream().filter(r -> r.expectRefused() == null).count()).sum();
        assertThat(parcels).isBetween(30, 60);
        for (SeedFile file : files) {
            assertThat(file.malformed()).as(file.name()).isEmpty();
            assertThat(file.period().from()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(file.period().to()).isEqualTo(LocalDate.of(2025, 12, 31));
            for (SeedRecord record : file.records()) {
                assertThat(record.day()).as(record.parcelId()).isBetween(file.period().from(), file.period().to());
                record.actions().forEach(a -> assertThat(a.day()).as(record.parcelId() + " " + a.kind())
                                                                  .isBetween(record.day(), file.period().to()));
            }
        }
    }

    @Test
    void goodRecordsMeetEveryRegistrationRuleAndBadOnesAreMarked() throws IOException {
        Set<String> ids = new HashSet<>();
        for (SeedFile file : seedFiles()) {
            for (SeedRecord record : file.records()) {
                RegisterParcel command = record.registration().toCommand();
                List<String> violations = RegistrationPolicy.violationsOf(command, record.day());
                boolean duplicate = !ids.add(record.parcelId());
                if (record.expectRefused() == null) {
                    assertThat(violations).as(record.parcelId()).isEmpty();
                    assertThat(duplicate).as("unique " + record.parcelId()).isFalse();
                    assertThat(CreditCode.isValid(command.landUser().creditCode())).isTrue();
                    assertThat(SupervisionNumber.countyCode(record.parcelId())).isEqualTo(file.county().districtCode());
                    assertThat(record.parcelId().substring(6, 10)).isEqualTo(String.valueOf(command.signedOn().getYear()));
                } else if (record.expectRefused().equals("DUPLICATE_PARCEL")) {
                    assertThat(duplicate).as(record.parcelId() + " repeats an earlier one").isTrue();
                } else {
                    assertThat(violations).as(record.parcelId() + " is deliberately bad").isNotEmpty();
                }
            }
        }
    }

    @Test
    void togetherTheyWalkEveryPathOfTheProcedure() throws IOException {
        Set<String> walked = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        for (SeedFile file : seedFiles()) {
            file.records().stream().map(SeedRecord::paths).flatMap(Collection::stream).forEach(walked::add);
            file.records().stream().flatMap(r -> r.actions().stream()).map(SeedAction::kind)
                .forEach(k -> actions.add(k.jsonName()));
        }
        assertThat(walked).containsAll(PATHS);
        assertThat(actions).containsExactlyInAnyOrder("payment", "handover", "start", "completion", "patrol",
                "breach-finding", "extension", "idle-verification", "idle-determination", "idle-disposal",
                "notice-delivery", "termination", "hearing-notice", "hearing", "officer");
    }
}
