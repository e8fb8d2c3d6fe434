package org.parcelwatch.api.application.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the seed tests that need the demo's end state: the embedded default on a fresh
 * data directory, the business clock starting on 2023-01-01, and the demo ({@code parcelwatch.demo=true}) run at
 * start-up, so the three sample counties stand as on 2025-12-31. Subclasses share it (same configuration); the
 * demo runs once per test JVM.
 */
@SpringBootTest(properties = {"parcelwatch.demo=true", "parcelwatch.seed.print-timeline=false"})
@AutoConfigureMockMvc
@Import(SeedPeriodClock.class)
public abstract class DemoContext {

    private static final Path DATA_DIR = freshDataDir("seed-demo-");

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("parcelwatch.data-dir", DATA_DIR::toString);
    }

    static Path freshDataDir(String prefix) {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
