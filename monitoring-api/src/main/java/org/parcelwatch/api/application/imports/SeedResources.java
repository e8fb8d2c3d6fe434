package org.parcelwatch.api.application.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parcelwatch.api.application.imports.SeedFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads seed files from Spring resource locations: {@code classpath:seeds/xinhe-130530.json} (the files of
 * {@code seeds/} are packaged under {@code seeds/} in the application), {@code file:…}, a plain path, or a
 * pattern such as {@code classpath:seeds/*.json} (sorted by file name). An Excel ledger ({@code .xlsx}, the layout of
 * {@code seeds/ledger-template.xlsx}) is read into the same form.
 */
public final class SeedResources {

    private static final ResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private SeedResources() {
    }

    public static List<SeedFile> load(List<String> locations) {
        return load(locations, LedgerWorkbook.Limits.DEFAULT);
    }

    /** As {@link #load(List)}; a file named {@code *.xlsx} is read as an Excel ledger ({@link LedgerWorkbook}). */
    public static List<SeedFile> load(List<String> locations, LedgerWorkbook.Limits limits) {
        List<SeedFile> files = new ArrayList<>();
        for (String location : locations) {
            String spec = location.contains(":") ? location : "file:" + location;
            try {
                Resource[] found = RESOLVER.getResources(spec);
                Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
                if (found.length == 0 || (found.length == 1 && !found[0].exists())) {
                    throw new IllegalArgumentException("no seed file at " + location);
                }
                for (Resource resource : found) {
                    try (InputStream in = resource.getInputStream()) {
                        byte[] content = in.readAllBytes();
                        files.add(LedgerWorkbook.isWorkbook(resource.getFilename())
                                ? LedgerWorkbook.read(resource.getFilename(), content, limits)
                                : SeedFile.parse(resource.getFilename(), content));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed files at " + location, e);
            }
        }
        return files;
    }
}
