package org.parcelwatch.api.application.clock;

import org.parcelwatch.api.ParcelwatchProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessageHandlingMember;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.parcelwatch.monitoring.parcel.Parcel;
import org.parcelwatch.api.store.axon.CommandTargets;
import org.parcelwatch.api.store.axon.ParcelHeads;
import org.parcelwatch.api.store.jdbc.ClockOffsetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One business clock for the whole application. The aggregate's command handlers receive it (and the
 * supervision settings) as injected resources, resolved by Axon's Spring parameter resolver.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BusinessClockConfiguration.class);

    /**
     * The system clock in the bureau's zone; where {@code parcelwatch.clock.adjustable=true} (demo, tests)
     * it can be moved forward through {@code PUT /api/v1/admin/clock}, and resumes its stored offset on start.
     */
    @Bean
    public BusinessClock businessClock(ParcelwatchProperties properties, ClockOffsetStore offsets) {
        ParcelwatchProperties.Clock settings = properties.clock();
        Duration offset = settings.adjustable() ? offsets.load().orElse(Duration.ZERO) : Duration.ZERO;
        BusinessClock clock = new BusinessClock(Clock.system(settings.zone()), settings.adjustable(), offset);
        if (settings.adjustable()) {
            log.info("business clock is adjustable; today is {} (offset {})", clock.today(), offset);
        }
        return clock;
    }

    /**
     * Axon stamps events from a static clock. Pointing it at the business clock makes history and as-of
     * views follow simulated time wherever the clock is adjustable. The static is shared by every
     * application context in the JVM (tests run several), so closing a context hands it back to the
     * clock it replaced, and a command's events take the clock of the node handling it ({@link EventStampOrder}).
     */
    @Bean
    public AxonEventClock axonEventClock(Clock businessClock) {
        return new AxonEventClock(businessClock);
    }

    /** Each command on a parcel runs on a clock not behind the parcel's last event, and stamps with it. */
    @Bean
    public SmartInitializingSingleton eventStampOrder(CommandBus commandBus, BusinessClock businessClock,
                                                      ClockService clocks, ParcelHeads heads,
                                                      ParcelwatchProperties properties,
                                                      AggregateModel<Parcel> parcelAggregateModel,
                                                      CommandTargets commandTargets) {
        return () -> commandBus.registerHandlerInterceptor(new EventStampOrder(businessClock, clocks, heads,
                properties.clock().behindTolerance(), creatingCommands(parcelAggregateModel), commandTargets));
    }

    /** The payload types of the commands a parcel's constructor handles (its registration). */
    static Set<Class<?>> creatingCommands(AggregateModel<Parcel> model) {
        return model.commandHandlers(Parcel.class)
                .flatMap(handler -> handler.unwrap(CommandMessageHandlingMember.class).stream())
                .filter(CommandMessageHandlingMember::isFactoryHandler)
                .map(handler -> (Class<?>) handler.payloadType())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Where the clock is adjustable, this node reads the stored offset every {@code parcelwatch.clock.follow-every},
     * off the path of any request: a move on another node holds here within that time, and reading the time stays a
     * field read.
     */
    @Bean
    public ClockFollower clockFollower(ParcelwatchProperties properties, ClockService clocks) {
        return new ClockFollower(properties.clock(), clocks);
    }

    static final class ClockFollower implements InitializingBean, DisposableBean {

        private final ParcelwatchProperties.Clock settings;
        private final ClockService clocks;
        private ScheduledExecutorService reader;

        ClockFollower(ParcelwatchProperties.Clock settings, ClockService clocks) {
            this.settings = settings;
            this.clocks = clocks;
        }

        @Override
        public void afterPropertiesSet() {
            Duration every = settings.followEvery();
            if (!settings.adjustable() || every.isZero() || every.isNegative()) {
                return;
            }
            reader = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "business-clock-follower");
                thread.setDaemon(true);
                return thread;
            });
            reader.scheduleWithFixedDelay(this::follow, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void follow() {
            try {
                clocks.refresh();
            } catch (RuntimeException e) {
                // the database is away for a moment: keep the offset last read, and read again next time
                log.debug("could not read the business clock's stored offset", e);
            }
        }

        @Override
        public void destroy() {
            if (reader != null) {
                reader.shutdownNow();
            }
        }
    }

    static final class AxonEventClock implements InitializingBean, DisposableBean {

        /** The clock of the node whose command this thread is handling, if any. */
        private static final ThreadLocal<Clock> HANDLING = new ThreadLocal<>();

        private final Clock stamping;
        private Clock replaced;

        AxonEventClock(Clock clock) {
            this.stamping = new NodeStamping(clock);
        }

        /** Runs {@code work} with events created on this thread stamped by {@code clock}. */
        static <R> R stampingWith(Clock clock, Callable<R> work) throws Exception {
            Clock outer = HANDLING.get();
            HANDLING.set(clock);
            try {
                return work.call();
            } finally {
                if (outer == null) {
                    HANDLING.remove();
                } else {
                    HANDLING.set(outer);
                }
            }
        }

        @Override
        public void afterPropertiesSet() {
            replaced = GenericEventMessage.clock;
            GenericEventMessage.clock = stamping;
        }

        @Override
        public void destroy() {
            if (GenericEventMessage.clock == stamping && replaced != null) {
                GenericEventMessage.clock = replaced;
            }
        }

        /** The handling node's clock, else this context's. */
        private static final class NodeStamping extends Clock {

            private final Clock own;

            NodeStamping(Clock own) {
                this.own = own;
            }

            private Clock current() {
                Clock handling = HANDLING.get();
                return handling != null ? handling : own;
            }

            @Override
            public ZoneId getZone() {
                return current().getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return current().withZone(zone);
            }

            @Override
            public Instant instant() {
                return current().instant();
            }
        }
    }
}
