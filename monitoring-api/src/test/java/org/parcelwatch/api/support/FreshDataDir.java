package org.parcelwatch.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * A data directory of its own under target/, for a test context on the embedded default (H2 files): every context
 * of an {@link EmbeddedDefaultTest} class starts on a fresh {@code parcelwatch.data-dir}, named after the class that
 * carries the annotation. That class is part of the context's key, so no two such classes share a context or a
 * database.
 */
public class FreshDataDir implements ContextCustomizerFactory {

    /** {@code target/<prefix><random>/data}, absolute; H2 creates it. */
    public static Path named(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, prefix).resolve("data").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        var annotated = TestContextAnnotationUtils.findAnnotationDescriptor(testClass, EmbeddedDefaultTest.class);
        return annotated == null ? null : new OwnDataDir(annotated.getRootDeclaringClass());
    }

    /** The data directory of the contexts of {@code owner}, the class annotated {@link EmbeddedDefaultTest}. */
    private record OwnDataDir(Class<?> owner) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            Path dataDir = named("h2-" + owner.getSimpleName() + "-");
            TestPropertyValues.of(Map.of("parcelwatch.data-dir", dataDir.toString())).applyTo(context);
        }
    }
}
