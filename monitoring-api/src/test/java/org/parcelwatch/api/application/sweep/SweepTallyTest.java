package org.parcelwatch.api.application.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.sweep.DueCheckResult;
import org.parcelwatch.monitoring.sweep.DueRule;

/** A sweep's counts: every rule listed, each firing summed, a failure counted as checked and its parcel named. */
class SweepTallyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

    @Test
    void firingsAreSummedPerRuleAndEveryRuleIsListed() {
        SweepTally tally = new SweepTally();
        tally.checked(new DueCheckResult("1305302024B00001", DAY, Map.of("PAYMENT_REMINDER", 1, "START_MISSED", 1), null));
        tally.checked(new DueCheckResult("1305302024B00002", DAY, Map.of("PAYMENT_REMINDER", 2), null));
        tally.checked(null);

        SweepResult result = result(tally);

        assertThat(result.parcelsChecked()).isEqualTo(3);
        assertThat(result.fired()).isEqualTo(4);
        assertThat(result.countsPerRule()).containsOnlyKeys(DueRule.ALL.stream().map(DueRule::name).toList());
        assertThat(result.countsPerRule()).containsEntry("PAYMENT_REMINDER", 3).containsEntry("START_MISSED", 1)
                                          .containsEntry("COMPLETION_MISSED", 0);
        assertThat(result.failures()).isZero();
    }

    @Test
    void aFailureCountsAsCheckedAndOnlyTheFirstFailuresAreNamedInOrder() {
        SweepTally tally = new SweepTally();
        for (int i = SweepTally.LISTED_FAILURES + 4; i > 0; i--) {
            tally.failed("1305302024B%05d".formatted(i));
        }

        SweepResult result = result(tally);

        assertThat(result.parcelsChecked()).isEqualTo(SweepTally.LISTED_FAILURES + 4);
        assertThat(result.failures()).isEqualTo(SweepTally.LISTED_FAILURES + 4);
        assertThat(result.failedParcels()).hasSize(SweepTally.LISTED_FAILURES).isSorted()
                                          .first().isEqualTo("1305302024B00005");
    }

    private static SweepResult result(SweepTally tally) {
        return tally.result("run", DAY, SweepTrigger.MANUAL, "node", SweepResult.Outcome.COMPLETED, Instant.EPOCH, 1, true);
    }
}
