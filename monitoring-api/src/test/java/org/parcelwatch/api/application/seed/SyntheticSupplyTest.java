package org.parcelwatch.api.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.imports.SeedRecord;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.RegistrationPolicy;

/** The synthetic supply without Spring: deterministic, unique, valid, and distributed like the sample counties. */
class SyntheticSupplyTest {

    @Test
    void theSameSeedGivesTheSameParcelsWhateverNAndOrder() {
        List<SyntheticSupply.SyntheticParcel> first = new SyntheticSupply(42).parcels(300).toList();
        List<SyntheticSupply.SyntheticParcel> again = new SyntheticSupply(42).parcels(300).parallel().toList();
        assertThat(again).isEqualTo(first);
        assertThat(new SyntheticSupply(42).parcels(100).toList()).isEqualTo(first.subList(0, 100));
        assertThat(new SyntheticSupply(42).parcel(123, 300)).isEqualTo(first.get(123));
        assertThat(new SyntheticSupply(43).parcels(300).toList()).isNotEqualTo(first);
    }

    @Test
    void everyRegistrationIsValidAndEverySupervisionNumberUnique() {
        Set<String> ids = new HashSet<>();
        new SyntheticSupply(1).parcels(6_000).forEach(p -> {
            RegisterParcel r = p.registration();
            assertThat(RegistrationPolicy.violationsOf(r, p.registeredOn())).as(r.parcelId()).isEmpty();
            assertThat(ids.add(r.parcelId())).as("unique " + r.parcelId()).isTrue();
            assertThat(CreditCode.isValid(r.landUser().creditCode())).isTrue();
            assertThat(r.installments().stream().map(InstallmentTerm::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(r.totalPrice());
            assertThat(p.actions()).allSatisfy(a -> assertThat(a.day()).isAfterOrEqualTo(p.registeredOn()));
        });
    }

    @Test
    void pathsFollowTheWeightsOfTheSampleCounties() {
        int n = 20_000;
        Map<SyntheticSupply.Path, Integer> counts = new EnumMap<>(SyntheticSupply.Path.class);
        new SyntheticSupply(5).parcels(n).forEach(p -> counts.merge(p.path(), 1, Integer::sum));
        int total = java.util.Arrays.stream(SyntheticSupply.Path.values()).mapToInt(SyntheticSupply.Path::weight).sum();
        for (SyntheticSupply.Path path : SyntheticSupply.Path.values()) {
            double expected = (double) n * path.weight() / total;
            assertThat((double) counts.getOrDefault(path, 0)).as(path.name()).isBetween(expected * 0.85, expected * 1.15);
        }
    }

    @Test
    void aMillionParcelsFitTheSupervisionNumbers() {
        SyntheticSupply supply = new SyntheticSupply(9);
        assertThat(supply.parcel(999_999, 1_000_000).parcelId()).matches("\\d{6}20\\d{2}B\\d{5}");
        assertThat(supply.parcel(0, 1_000_000).parcelId()).isNotEqualTo(supply.parcel(3, 1_000_000).parcelId());
    }

    @Test
    void aSyntheticSeedFileReadsBackAsTheSameRecords() throws IOException {
        SyntheticSupply supply = new SyntheticSupply(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        supply.writeSeedFile(60, out);
        SeedFile file = SeedFile.parse("synthetic.json", out.toByteArray());
        assertThat(file.malformed()).isEmpty();
        assertThat(file.records()).hasSize(60);
        List<SyntheticSupply.SyntheticParcel> parcels = supply.parcels(60).toList();
        for (int i = 0; i < 60; i++) {
            SeedRecord record = file.records().get(i);
            assertThat(record.registration().toCommand()).isEqualTo(parcels.get(i).registration());
            assertThat(record.actions()).extracting(a -> a.command()).containsExactlyElementsOf(
                    parcels.get(i).actions().stream().map(SyntheticSupply.DatedCommand::command).toList());
        }
    }
}
