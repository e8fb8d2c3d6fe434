package org.parcelwatch.projections;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The projection beans of this module and the persistence they need, with no web application and no Axon
 * processor: a test hands the events to a projection itself ({@link EventDelivery}). The schema comes from the
 * application's own Flyway migrations; the database is the one {@link ProjectionTestDatabase} chooses (the build
 * runs every test on PostgreSQL and again on H2).
 *
 * <p>All test classes share one context and so one database: a test starts by resetting the projections it uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = ProjectionTestConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.main.banner-mode=off",
                // Flyway owns every table; Hibernate only checks that the entities fit them, as in the application
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.flyway.fail-on-missing-locations=true"})
@ContextConfiguration(initializers = ProjectionTestDatabase.class)
public @interface ProjectionTest {
}
