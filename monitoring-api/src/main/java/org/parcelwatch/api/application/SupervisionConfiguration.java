package org.parcelwatch.api.application;

import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link SupervisionSettings} of the application, from {@code parcelwatch.supervision.*} and
 * {@code parcelwatch.patrol.*}. The Parcel
 * aggregate's command handlers receive it as an injected resource (Axon's Spring parameter resolver), and the
 * monitoring schedule, the imports and the compliance report take it as a bean: a configured figure reaches
 * every rule that reads it.
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionConfiguration {

    @Bean
    public SupervisionSettings supervisionSettings(SupervisionProperties properties, PatrolProperties patrol) {
        return properties.settings().withPatrol(patrol.settings());
    }
}
