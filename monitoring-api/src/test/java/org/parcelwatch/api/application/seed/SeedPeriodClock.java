package org.parcelwatch.api.application.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts the adjustable business clock on 2023-01-01, the first day of the seed period, so that the demo can
 * simulate 2023-2025 although the real date lies after it: the clock's system base is shifted back, and
 * {@code ClockService} moves it forward from there as usual. Stands in for the clock's own way of starting a
 * simulation in the past on an empty store. The offset stored by an earlier start on the same database is kept, so a
 * node started again resumes its simulated date, as the real clock does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeedPeriodClock {

    public static final LocalDate START = LocalDate.of(2023, 1, 1);

    @Bean
    static BeanPostProcessor businessClockFrom2023() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof BusinessClock clock && clock.isAdjustable()) {
                    Clock system = Clock.system(clock.getZone());
                    ZonedDateTime now = ZonedDateTime.now(system);
                    Duration back = Duration.between(now, now.with(START));
                    return new BusinessClock(Clock.offset(system, back), true, clock.offset());
                }
                return bean;
            }
        };
    }
}
