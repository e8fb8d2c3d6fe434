package org.parcelwatch.projections;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The module's components (projections, tables, queries) on a data source, Flyway, JPA and transactions; nothing
 * of Axon's configuration: {@link ProjectionProcessing} and {@link ProjectionAdmin} drive processors, which the
 * tests replace by {@link EventDelivery}.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@AutoConfigurationPackage
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = {ProjectionProcessing.class, ProjectionAdmin.class}))
public class ProjectionTestConfiguration {

    /** The business clock; the projections read only its zone, each event brings its own time. */
    @Bean
    Clock businessClock() {
        return Clock.fixed(Instant.parse("2026-01-15T01:00:00Z"), ParcelHistory.ZONE);
    }

    @Bean
    SupervisionSettings supervisionSettings() {
        return SupervisionSettings.defaults();
    }

    @Bean
    EventDelivery eventDelivery(PlatformTransactionManager transactions, ApplicationContext context) {
        return new EventDelivery(transactions, context.getBeansWithAnnotation(ProcessingGroup.class).values());
    }
}
