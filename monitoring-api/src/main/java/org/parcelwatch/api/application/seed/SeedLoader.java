package org.parcelwatch.api.application.seed;

import org.parcelwatch.api.application.imports.SeedResources;
import java.util.List;
import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.SeedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first-run experience of the embedded default: when the event store is empty and
 * {@code parcelwatch.seed.load-on-empty=true} (the default profile's setting; off on {@code postgres} and in the
 * tests), the sample county ({@code parcelwatch.seed.sample}) is loaded at start-up through the import, its
 * whole period simulated day by day, so that the worklist, ledger and indicators show a county at work. A load cut
 * off half way (the application stopped or killed during its first start) is resumed at the next start, as any
 * import is when run again. The demo ({@code parcelwatch.demo=true}) loads all counties instead.
 */
@Component
@Order(20)
public class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ImportService imports;
    private final SeedProperties properties;
    private final Environment environment;
    private volatile ImportReport report;

    public SeedLoader(ImportService imports, SeedProperties properties, Environment environment) {
        this.imports = imports;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadOnEmpty() || environment.getProperty("parcelwatch.demo", Boolean.class, false)) {
            return;
        }
        loadIfNeeded();
    }

    /**
     * Loads the sample county when the store is empty, or finishes its load when an earlier start was cut off in the
     * middle of it; returns the report, or null when it did nothing.
     */
    public ImportReport loadIfNeeded() {
        List<SeedFile> files = SeedResources.load(properties.sample());
        if (!imports.storeIsEmpty()) {
            if (!imports.unfinished(files)) {
                log.debug("sample county not loaded: the event store is not empty");
                return null;
            }
            log.info("the load of the sample county {} was cut off at an earlier start: resuming it", properties.sample());
        } else {
            log.info("empty database: loading the sample county {} (parcelwatch.seed.load-on-empty=false turns this off)",
                    properties.sample());
        }
        report = imports.run(files, ImportOptions.simulate("seed-loader", "SYSTEM").withTimeline(false));
        List<String> unexpected = SeedExpectations.differences(files, report);
        log.info("sample county loaded: {} parcels registered, {} actions applied, {} refused ({} of them not marked as "
                        + "deliberately bad), {} notices; business date {}", report.accepted(), report.actionsApplied(),
                report.refused().size(), unexpected.size(),
                report.noticesIssued().values().stream().mapToInt(Integer::intValue).sum(), report.today());
        if (!unexpected.isEmpty()) {
            log.warn("sample county: {}", String.join("; ", unexpected));
        }
        return report;
    }

    public ImportReport report() {
        return report;
    }
}
