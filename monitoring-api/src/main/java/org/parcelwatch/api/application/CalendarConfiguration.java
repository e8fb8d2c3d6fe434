package org.parcelwatch.api.application;

import org.parcelwatch.monitoring.calendar.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link WorkingDays} calendar of the application (DESIGN §6.2, README "Due process"). */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

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
