package org.parcelwatch.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Scans all of {@code org.parcelwatch} (not just this package) so that the projections module's
 * handlers, JPA entities and repositories are picked up; the Axon framework packages stay outside the
 * entity scan, which keeps Axon's own JPA entities away from Hibernate's schema validation.
 */
@SpringBootApplication(scanBasePackages = "org.parcelwatch")
@EntityScan("org.parcelwatch")
@EnableJpaRepositories("org.parcelwatch")
@ConfigurationPropertiesScan("org.parcelwatch")
public class ParcelwatchApplication {

    /** Axon's UpdateChecker reads this system property before any Spring property is bound. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(ParcelwatchApplication.class, args);
    }

    /**
     * A county bureau's server must not phone home; an explicit {@code -D} given by an operator still wins.
     */
    public static void disableAxonUpdateChecker() {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
    }
}
