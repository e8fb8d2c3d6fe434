package org.parcelwatch.api.application.evidence;

import org.parcelwatch.monitoring.patrol.PhotoCheckSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link PhotoCheckSettings} of the application, from {@code parcelwatch.evidence.*}. */
@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    @Bean
    public PhotoCheckSettings photoCheckSettings(EvidenceProperties properties) {
        return properties.photoChecks();
    }
}
