package org.parcelwatch.api.application.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.axon.EventStreamPrefetch;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueCheckResult;

/**
 * A group of checks goes together when it can and one by one when it cannot: a parcel that fails costs the others
 * nothing, a concurrent change is retried, and what the group did is counted once.
 */
class SweepChecksTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);
    private static final String GHOST = "1305302030B99998";

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final EventStreamPrefetch prefetch = mock(EventStreamPrefetch.class);
    private final SweepChecks checks = new SweepChecks(gateway, NoTransactionManager.INSTANCE, prefetch);
    private final SweepTally tally = new SweepTally();
    private final List<String> sent = new ArrayList<>();
    private final Set<String> racing = ConcurrentHashMap.newKeySet();

    SweepChecksTest() {
        when(gateway.sendAndWait(any())).thenAnswer(call -> {
            CheckDuePoints check = (CheckDuePoints) ((Message<?>) call.getArgument(0)).getPayload();
            sent.add(check.parcelId());
            if (check.parcelId().equals(GHOST)) {
                throw new AggregateNotFoundException(GHOST, "no such parcel");
            }
            if (racing.remove(check.parcelId())) {
                throw new ConcurrencyException("raced");
            }
            return new DueCheckResult(check.parcelId(), check.asOf(), Map.of("PAYMENT_REMINDER", 1), null);
        });
    }

    @Test
    void aGroupIsReadAheadAndCheckedTogetherOnce() {
        checks.checkTogether(List.of("1305302024B00001", "1305302024B00002"), DAY, tally, () -> false);

        verify(prefetch).readAhead(List.of("1305302024B00001", "1305302024B00002"));
        assertThat(sent).containsExactly("1305302024B00001", "1305302024B00002");
        assertThat(result().parcelsChecked()).isEqualTo(2);
        assertThat(result().fired()).isEqualTo(2);
    }

    @Test
    void aFailingParcelSendsItsGroupOneByOneAndOnlyItFails() {
        checks.checkTogether(List.of(GHOST, "1305302024B00001", "1305302024B00002"), DAY, tally, () -> false);

        assertThat(sent).as("the group until the ghost, then each alone")
                        .containsExactly(GHOST, GHOST, "1305302024B00001", "1305302024B00002");
        SweepResult result = result();
        assertThat(result.parcelsChecked()).isEqualTo(3);
        assertThat(result.fired()).isEqualTo(2);
        assertThat(result.failedParcels()).containsExactly(GHOST);
    }

    @Test
    void aConcurrentChangeIsRetriedAlone() {
        racing.add("1305302024B00001");

        checks.checkTogether(List.of("1305302024B00001"), DAY, tally, () -> false);

        assertThat(sent).containsExactly("1305302024B00001", "1305302024B00001");
        assertThat(result().failures()).isZero();
        assertThat(result().fired()).isEqualTo(1);
        verify(prefetch, never()).readAhead(any());
    }

    @Test
    void aStoppingSweepSendsNothingMore() {
        checks.checkTogether(List.of("1305302024B00001", "1305302024B00002"), DAY, tally, () -> true);

        assertThat(sent).isEmpty();
        assertThat(result().parcelsChecked()).isZero();
    }

    private SweepResult result() {
        return tally.result("run", DAY, SweepTrigger.MANUAL, "node", SweepResult.Outcome.COMPLETED, Instant.EPOCH, 1, true);
    }
}
