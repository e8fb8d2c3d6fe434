package org.parcelwatch.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.parcelwatch.api.ParcelwatchApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the {@code postgres} profile, against its own fresh PostgreSQL database
 * (see {@link PostgresDatabase}), with MockMvc.
 *
 * <p>Test classes carrying only this annotation share one cached context and so one database: give
 * every parcel a fresh id ({@link SampleParcels#nextParcelId()}) and do not assume empty tables. A class
 * that needs a database of its own adds {@code @DirtiesContext} or a distinguishing property.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = ParcelwatchApplication.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@AutoConfigureMockMvc
@Import(OpenApiValidation.class)
public @interface PostgresTest {
}
