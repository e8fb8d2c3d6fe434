package org.parcelwatch.api.application.forms;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent} on a request means "not after the business today" (DESIGN §4), so Bean Validation
 * reads the business clock, not the system's: where the clock is adjustable (demo, tests) the API and the
 * aggregate agree on what today is. Looked up at each validation, so a clock bean that moves is followed.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessClockValidation {

    @Bean
    public ValidationConfigurationCustomizer businessClockForValidation(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(() -> clock.getObject());
    }
}
