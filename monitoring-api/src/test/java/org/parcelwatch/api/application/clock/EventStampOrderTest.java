package org.parcelwatch.api.application.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.axon.CommandTargets;
import org.parcelwatch.api.store.axon.ParcelHeads;
import org.parcelwatch.monitoring.parcel.Parcel;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.registration.RegisterParcel;

/** A command runs on a clock not behind its parcel's last event: the node reads the shared offset first. */
class EventStampOrderTest {

    private static final String PARCEL = "1305302024B00017";
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final Duration TOLERANCE = Duration.ofSeconds(1);

    private final BusinessClock clock = new BusinessClock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), true, Duration.ZERO);
    private final ClockService clocks = mock(ClockService.class);
    private final ParcelHeads heads = mock(ParcelHeads.class);
    private final EventStampOrder order = new EventStampOrder(clock, clocks, heads, TOLERANCE, Set.of(Open.class),
            new CommandTargets());
    private final AtomicBoolean ran = new AtomicBoolean();
    private UnitOfWork<?> unitOfWork;

    @AfterEach
    void rollBack() {
        if (unitOfWork != null && unitOfWork.isActive()) {
            unitOfWork.rollback();
        }
    }

    @Test
    void aClockAtOrAfterTheLastEventRunsTheCommandAsItIs() throws Exception {
        lastEventAt(NOW);

        handle();

        assertThat(ran).isTrue();
        verify(clocks, never()).refresh();
    }

    @Test
    void aClockBehindTheLastEventReadsTheSharedOffsetBeforeTheCommandDecides() throws Exception {
        lastEventAt(NOW.plus(Duration.ofDays(41)));
        doAnswer(read -> {
            clock.adopt(Duration.ofDays(41).plusSeconds(5));
            return null;
        }).when(clocks).refresh();

        handle();

        assertThat(ran).isTrue();
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2027-01-10"));
    }

    @Test
    void aSystemClockBehindAnotherNodesBeyondTheToleranceIsRefusedBeforeAnythingRuns() {
        lastEventAt(NOW.plusSeconds(5));

        assertThatThrownBy(this::handle).isInstanceOf(ClockBehindException.class)
                .hasMessageContaining("5000 ms behind");
        assertThat(ran).as("nothing decided on the lagging clock").isFalse();
        verify(clocks).refresh();
    }

    @Test
    void aLagWithinTheToleranceIsWaitedOut() throws Exception {
        lastEventAt(NOW.plusMillis(50));
        long started = System.nanoTime();

        handle();

        assertThat(ran).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void aRegistrationHasNoLastEvent() throws Exception {
        when(heads.of(PARCEL)).thenReturn(Optional.empty());

        handle();

        assertThat(ran).isTrue();
    }

    @Test
    void aCommandThatCreatesItsAggregateDoesNotReadAHead() throws Exception {
        lastEventAt(NOW.plusSeconds(5));

        handle(new Open(PARCEL));

        assertThat(ran).as("a stream that exists fails at the append, not here").isTrue();
        verify(heads, never()).of(PARCEL);
    }

    @Test
    void theParcelIsCreatedByItsRegistrationOnly() {
        // the handlers' resources (clock, settings) as the application context supplies them; the payload comes first
        ParameterResolverFactory anyResource = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Parcel.class),
                (executable, parameters, index) -> index == 0 ? null : new FixedValueParameterResolver<>(null));

        assertThat(BusinessClockConfiguration.creatingCommands(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Parcel.class, anyResource)))
                .containsExactly(RegisterParcel.class);
    }

    /** A command that creates its aggregate. */
    record Open(@TargetAggregateIdentifier String parcelId) {
    }

    private void lastEventAt(Instant stamp) {
        when(heads.of(PARCEL)).thenReturn(Optional.of(new ParcelHeads.Head(3, stamp)));
    }

    private void handle() throws Exception {
        handle(new RecordPayment(PARCEL, new BigDecimal("500.00"), LocalDate.parse("2026-11-30"), "R-1"));
    }

    private void handle(Object payload) throws Exception {
        unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(payload));
        @SuppressWarnings("unchecked")
        UnitOfWork<? extends org.axonframework.commandhandling.CommandMessage<?>> command =
                (UnitOfWork<? extends org.axonframework.commandhandling.CommandMessage<?>>) unitOfWork;
        order.handle(command, () -> {
            ran.set(true);
            return null;
        });
    }
}
