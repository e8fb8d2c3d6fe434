package org.parcelwatch.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A data directory of its own under target/, for a test context on the embedded default (H2 files). */
public final class FreshDataDir {

    private FreshDataDir() {
    }

    /** {@code target/<prefix><random>/data}, absolute; H2 creates it. */
    public static Path named(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, prefix).resolve("data").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
