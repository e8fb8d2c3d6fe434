package org.parcelwatch.api.store.audit;

import java.nio.file.Path;
import org.parcelwatch.api.ParcelwatchProperties;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit keys as a bean: the event store seals with them, the integrity check verifies with them. */
@Configuration(proxyBeanMethods = false)
public class AuditKeyConfiguration {

    @Bean
    public AuditKeyring auditKeyring(ParcelwatchProperties properties, @Value("${parcelwatch.data-dir:./data}") Path dataDir) {
        return AuditKeys.load(properties.audit(), dataDir);
    }
}
