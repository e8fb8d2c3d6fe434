package org.parcelwatch.api.application.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.parcelwatch.api.store.axon.ParcelHeads;

/**
 * Keeps each parcel's events in time order across nodes: a command on a parcel runs only on a business clock that
 * does not lie before the parcel's last stored event, so its own events, stamped by that clock, come after it.
 *
 * <p>A node's clock lies behind a parcel when another node moved the adjustable clock and this one has not read the
 * move yet (it reads the stored offset every {@code parcelwatch.clock.follow-every}). Then it reads the offset at once,
 * before the command decides anything: the rules see the shared "today", and the events are stamped on it. Rewriting
 * the stamps instead would leave the rules deciding on the stale date, and moving "today" back to the node's date
 * would undo the move. What can still lag after that read is a node's system clock behind another's: a lag within
 * {@code parcelwatch.clock.behind-tolerance} is waited out, a larger one refused ({@link ClockBehindException}), since
 * a misdated record is worse to the bureau than a retry.
 *
 * <p>A command that creates its aggregate (a registration) has no stored event to come after: its head is not read.
 * Should the stream exist after all, the append of its first event fails on the store's unique key, as before.
 *
 * <p>Also sets, for the command's thread, the clock Axon stamps events with: the node's own, also where several
 * nodes share one JVM (tests), as they would not in production.
 */
final class EventStampOrder implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final BusinessClock clock;
    private final ClockService clocks;
    private final ParcelHeads heads;
    private final Duration tolerance;
    /** The payload types of the commands that create an aggregate. */
    private final Set<Class<?>> creating;
    private final CommandTargetResolver targets;

    EventStampOrder(BusinessClock clock, ClockService clocks, ParcelHeads heads, Duration tolerance, Set<Class<?>> creating,
                    CommandTargetResolver targets) {
        this.targets = targets;
        this.clock = clock;
        this.clocks = clocks;
        this.heads = heads;
        this.tolerance = tolerance;
        this.creating = Set.copyOf(creating);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (!creating.contains(command.getPayloadType())) {
            target(command).ifPresent(parcelId -> heads.of(parcelId).ifPresent(head -> catchUp(parcelId, head.stamp())));
        }
        return BusinessClockConfiguration.AxonEventClock.stampingWith(clock, interceptorChain::proceed);
    }

    private void catchUp(String parcelId, Instant lastEvent) {
        if (clock.instant().isBefore(lastEvent)) {
            clocks.refresh();
        }
        Instant now = clock.instant();
        if (!now.isBefore(lastEvent)) {
            return;
        }
        if (Duration.between(now, lastEvent).compareTo(tolerance) > 0) {
            throw new ClockBehindException(parcelId, lastEvent, now);
        }
        try {
            Thread.sleep(Duration.between(now, lastEvent).toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClockBehindException(parcelId, lastEvent, now);
        }
    }

    private Optional<String> target(CommandMessage<?> command) {
        try {
            return Optional.of(targets.resolveTarget(command).getIdentifier());
        } catch (IllegalArgumentException noTarget) {
            return Optional.empty();
        }
    }
}
