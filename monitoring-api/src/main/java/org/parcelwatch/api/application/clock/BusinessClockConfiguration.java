package org.parcelwatch.api.application.clock;

import org.parcelwatch.api.ParcelwatchProperties;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.parcelwatch.api.store.jdbc.ClockOffsetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
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
     * clock it replaced.
     */
    @Bean
    public AxonEventClock axonEventClock(Clock businessClock) {
        return new AxonEventClock(businessClock);
    }

    static final class AxonEventClock implements InitializingBean, DisposableBean {

        private final Clock clock;
        private Clock replaced;

        AxonEventClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void afterPropertiesSet() {
            replaced = GenericEventMessage.clock;
            GenericEventMessage.clock = clock;
        }

        @Override
        public void destroy() {
            if (GenericEventMessage.clock == clock && replaced != null) {
                GenericEventMessage.clock = replaced;
            }
        }
    }
}
