package org.parcelwatch.api.application.seed;

import org.parcelwatch.api.application.ApplicationExit;
import org.parcelwatch.api.application.imports.SeedResources;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.parcelwatch.api.application.imports.ImportOptions;
import org.parcelwatch.api.application.imports.ImportRefusal;
import org.parcelwatch.api.application.imports.ImportReport;
import org.parcelwatch.api.application.imports.ImportService;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.imports.TimelineEntry;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo ({@code --parcelwatch.demo=true}, or {@code seeds/demo.sh}): on an empty database, loads every sample
 * county together and steps the adjustable business clock through their whole period, sweeping each day on
 * which a rule falls due and applying each record's actions on their dates, and prints the timeline as it goes:
 * date, county, parcel, channel (sweep: a rule fired by itself; import: an action of the seed file), what and
 * details. At the end it prints the refused records (all deliberately bad ones) and the notices per type, the
 * table {@code seeds/README.md} states. With {@code parcelwatch.seed.exit-after-demo=true} the application then
 * stops (exit code 0 when every refusal was the expected one); otherwise it keeps serving the simulated county.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "parcelwatch.demo", havingValue = "true")
public class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final ImportService imports;
    private final SeedProperties properties;
    private final ApplicationExit exit;
    private volatile ImportReport report;
    private volatile List<SeedFile> files;

    public DemoRunner(ImportService imports, SeedProperties properties, ApplicationExit exit) {
        this.imports = imports;
        this.properties = properties;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = System.out;
        files = SeedResources.load(properties.demoFiles());
        // a demo cut off half way (the process killed) goes on where it stopped
        if (!imports.storeIsEmpty() && !imports.unfinished(files)) {
            out.println("The demo needs an empty database (the business clock only moves forward): start it with a "
                    + "fresh --parcelwatch.data-dir, e.g. `bash seeds/demo.sh`.");
            log.warn("demo skipped: the event store is not empty");
            finish(1);
            return;
        }
        out.println();
        out.println("Parcelwatch demo: " + files.size() + " counties, "
                + files.stream().mapToInt(f -> f.records().size() + f.malformed().size()).sum() + " records");
        for (SeedFile file : files) {
            out.println("  " + file.name() + ": " + (file.county() == null ? "" : file.county().name() + " "
                    + file.county().nameZh() + " (" + file.county().districtCode() + ")") + ", " + file.records().size()
                    + " records" + (file.period() == null ? "" : ", " + file.period().from() + " to " + file.period().to()));
        }
        out.println();
        if (properties.printTimeline()) {
            out.println("%-10s  %-8s  %-16s  %-6s  %-22s  %s".formatted("date", "county", "parcel", "by", "what", "detail"));
        }
        report = imports.run(files, ImportOptions.simulate("demo", "SYSTEM").withTimeline(false),
                entry -> {
                    if (properties.printTimeline()) {
                        out.println(entry.line());
                    }
                });
        List<String> differences = SeedExpectations.differences(files, report);
        print(out, report, differences);
        finish(differences.isEmpty() ? 0 : 1);
    }

    /** The report of the demo run, once it has run. */
    public ImportReport report() {
        return report;
    }

    public List<SeedFile> files() {
        return files;
    }

    static void print(PrintStream out, ImportReport report, List<String> differences) {
        out.println();
        out.println("== The counties on " + report.today() + " ==");
        out.println("Simulated " + report.from() + " to " + report.to() + ": " + report.days() + " business days visited, "
                + report.sweptDays() + " of them with rules due (" + report.checks() + " parcel checks), "
                + report.durationMs() / 1000 + " s.");
        out.println("Records: " + report.records() + " read, " + report.accepted() + " registered; actions: "
                + report.actions() + " read, " + report.actionsApplied() + " applied; " + report.patrolTasksDrawn()
                + " cross patrols and spot checks drawn, " + report.photos() + " patrol photos stored.");
        out.println("Refused (" + report.refused().size() + "):");
        for (ImportRefusal refusal : report.refused()) {
            out.println("  " + refusal.file() + " record " + refusal.recordIndex() + " " + refusal.parcelId() + " "
                    + refusal.action() + (refusal.actionIndex() == null ? "" : " #" + refusal.actionIndex()) + " on "
                    + refusal.on() + ": " + refusal.code() + " - " + refusal.reason());
        }
        out.println(differences.isEmpty() ? "Every refusal is one the seed files mark as deliberately bad."
                : "UNEXPECTED: " + String.join("; ", differences));
        out.println("Notices issued, per type:");
        Map<String, Integer> notices = report.noticesIssued();
        int total = 0;
        for (NoticeType type : NoticeType.values()) {
            int count = notices.getOrDefault(type.name(), 0);
            total += count;
            out.println("  %-24s %4d   %s".formatted(type.name(), count, type.title()));
        }
        out.println("  %-24s %4d".formatted("total", total));
        out.println();
    }

    private void finish(int code) {
        if (properties.exitAfterDemo()) {
            exit.exit(code);
        }
    }
}
