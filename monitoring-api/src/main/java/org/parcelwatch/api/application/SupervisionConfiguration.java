package org.parcelwatch.api.application;

import org.parcelwatch.monitoring.calendar.WorkingDays;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link SupervisionSettings} of the application, from {@code parcelwatch.supervision.*}. The Parcel
 * aggregate's command handlers receive it as an injected resource (Axon's Spring parameter resolver), and the
 * monitoring schedule, the imports and the compliance report take it as a bean: a configured figure reaches
 * every rule that reads it.
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionConfiguration {

    @Bean
    public SupervisionSettings supervisionSettings(SupervisionProperties properties) {
        return properties.settings();
    }

    /**
     * The working-day calendar: the years shipped with the application and the files of {@code parcelwatch.calendar.dir}
     * (a new year, or a published arrangement replacing a provisional one). The aggregate receives it as an injected
     * resource, as it does the settings. A bad file stops the start: a deadline is never reckoned on a guess.
     */
    @Bean
    public WorkingDays workingDays(CalendarProperties properties) {
        return WorkingDays.shippedAnd(properties.dir());
    }
}
