package org.parcelwatch.api.config;

import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One business clock for the whole application. The aggregate's command handlers receive it (and the
 * supervision settings) as injected resources, resolved by Axon's Spring parameter resolver.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessClockConfiguration {

    @Bean
    public Clock businessClock(ParcelwatchProperties properties) {
        return Clock.system(properties.clock().zone());
    }

    @Bean
    public SupervisionSettings supervisionSettings() {
        return SupervisionSettings.defaults();
    }

    /**
     * Axon stamps events from a static clock. Pointing it at the business clock makes history and as-of
     * views follow simulated time wherever the clock is adjustable.
     */
    @Bean
    public InitializingBean axonEventClock(Clock businessClock) {
        return () -> GenericEventMessage.clock = businessClock;
    }
}
