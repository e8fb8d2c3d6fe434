package org.parcelwatch.api.application.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress.Standing;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Readiness at a first start: out of service while the start-up work runs (the sample county's load happens in an
 * application runner, before Spring Boot announces the application ready), then until every projection has read
 * what was stored by then, then up for good.
 */
class FirstStartReadinessTest {

    private final ClusterProjectionProgress progress = mock(ClusterProjectionProgress.class);
    private final BusinessClock clock = mock(BusinessClock.class);
    private final FirstStartReadiness readiness = new FirstStartReadiness(progress, clock);

    @Test
    void outOfServiceWhileTheStartUpWorkRuns() {
        when(clock.today()).thenReturn(LocalDate.of(2023, 2, 7));

        Health health = readiness.health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("phase", "STARTING").containsEntry("businessDate", "2023-02-07");
    }

    @Test
    void outOfServiceUntilEveryProjectionHasReadWhatTheStartUpStored() {
        when(clock.today()).thenReturn(LocalDate.of(2025, 12, 31));
        when(progress.head()).thenReturn(236L);
        String ledger = ProjectionProcessing.GROUPS.get(0);
        when(progress.standing(anyString(), anyLong()))
                .thenAnswer(call -> new Standing(call.getArgument(0), 236, 236, 4));
        when(progress.standing(ledger, 236L)).thenReturn(new Standing(ledger, 236, 200, 4));
        readiness.started();

        Health catchingUp = readiness.health();
        assertThat(catchingUp.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(catchingUp.getDetails()).containsEntry("phase", "CATCHING_UP")
                                           .containsEntry("eventsBehind", Map.of(ledger, 36L));

        when(progress.standing(ledger, 236L)).thenReturn(new Standing(ledger, 236, -1, 0));
        assertThat(readiness.health().getDetails()).as("no segment claimed yet: nothing read")
                                                   .containsEntry("eventsBehind", Map.of(ledger, 237L));

        when(progress.standing(ledger, 236L)).thenReturn(new Standing(ledger, 236, 236, 4));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

        when(progress.standing(ledger, 236L)).thenReturn(new Standing(ledger, 236, 100, 4));
        assertThat(readiness.health().getStatus()).as("once ready, a later lag is the lag metric's business")
                                                  .isEqualTo(Status.UP);
    }

    @Test
    void anEmptyStoreIsReadyAsSoonAsTheApplicationIsStarted() {
        when(progress.head()).thenReturn(-1L);
        when(progress.standing(anyString(), anyLong()))
                .thenAnswer(call -> new Standing(call.getArgument(0), -1, -1, 0));
        readiness.started();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }
}
