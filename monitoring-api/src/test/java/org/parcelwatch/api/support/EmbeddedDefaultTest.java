package org.parcelwatch.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole application on its default profile, with MockMvc: the embedded H2 file database, nothing else running.
 * Only the data directory is moved, to a fresh one under target/ ({@link FreshDataDir}); the JDBC URL options are
 * those of application.yml.
 *
 * <p>Each class that carries the annotation gets a context, and so a database, of its own; its subclasses share
 * them. The test's own properties go to {@link #properties()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(OpenApiValidation.class)
@ContextCustomizerFactories(FreshDataDir.class)
public @interface EmbeddedDefaultTest {

    /** Properties in the form {@code key=value}, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};

    /** As {@link SpringBootTest#webEnvironment()}: a mock servlet environment unless told otherwise. */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
