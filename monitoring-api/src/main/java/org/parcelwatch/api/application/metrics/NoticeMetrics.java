package org.parcelwatch.api.application.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * {@code parcelwatch.notices.issued{type}}: notices issued by this node, per type (reminders, urge
 * notices, start notices…, whether by the sweep or over the API). A subscribing processor, so it counts
 * what this node publishes, once, after the command's transaction commits, and never replays history on
 * start-up; Prometheus sums the nodes.
 */
@Component
@ProcessingGroup(NoticeMetrics.GROUP)
public class NoticeMetrics {

    public static final String GROUP = "notice-metrics";

    private final Map<NoticeType, Counter> issued = new EnumMap<>(NoticeType.class);

    public NoticeMetrics(MeterRegistry registry) {
        for (NoticeType type : NoticeType.values()) {
            issued.put(type, Counter.builder("parcelwatch.notices.issued").description("Notices issued, per type")
                                    .tag("type", type.name()).register(registry));
        }
    }

    @EventHandler
    void on(NoticeIssued event) {
        Counter counter = issued.get(event.type());
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(u -> counter.increment());
        } else {
            counter.increment();
        }
    }

    /**
     * Runs the counter in the publishing thread rather than as a tracking projection, and hands it the notices only:
     * a subscribing processor opens a unit of work for every batch it is given, handled or not, and every command
     * would pay that for a registration or a payment (3% of a command's CPU, bench/README.md issue 18).
     */
    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule noticeMetricsProcessor() {
            return configurer -> configurer.eventProcessing(
                    processing -> processing.registerSubscribingEventProcessor(GROUP, config -> new NoticesOnly(config.eventBus())));
        }
    }

    /** The event bus, passing on only the {@link NoticeIssued} events of each published batch. */
    record NoticesOnly(SubscribableMessageSource<EventMessage<?>> bus) implements SubscribableMessageSource<EventMessage<?>> {

        @Override
        public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
            return bus.subscribe(events -> {
                List<? extends EventMessage<?>> notices = events.stream()
                        .filter(event -> NoticeIssued.class.isAssignableFrom(event.getPayloadType())).toList();
                if (!notices.isEmpty()) {
                    processor.accept(notices);
                }
            });
        }
    }
}
