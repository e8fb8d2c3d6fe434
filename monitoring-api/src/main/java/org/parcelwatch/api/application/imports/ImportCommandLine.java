package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.parcelwatch.api.application.ApplicationExit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line mode of the import:
 * {@code java -jar monitoring-api-exec.jar --parcelwatch.import.files=seeds/zhao-130133.json --parcelwatch.import.exit=true}
 * imports the files (seed files, or Excel ledgers named {@code *.xlsx}) at start-up (source {@code IMPORT}, actor {@code parcelwatch.import.actor}), prints the
 * report as JSON and, with {@code exit=true}, stops (exit code 0 when nothing was refused, 2 otherwise). Run again
 * with the same files after it was cut off (killed, stopped), it resumes the import where it stopped.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "parcelwatch.import.files")
public class ImportCommandLine implements ApplicationRunner {

    /**
     * @param files        seed files: paths, {@code classpath:} or {@code file:} locations, patterns
     * @param advanceClock move an adjustable clock forward through actions dated after today
     * @param actor        the user the commands are sent for
     * @param exit         stop the application after the import
     */
    @ConfigurationProperties("parcelwatch.import")
    public record Properties(List<String> files, @DefaultValue("false") boolean advanceClock,
                             @DefaultValue("import") String actor, @DefaultValue("false") boolean exit) {
    }

    private final ImportService imports;
    private final Properties properties;
    private final ApplicationExit exit;
    private volatile ImportReport report;

    private final LedgerImportLimits workbookLimits;

    public ImportCommandLine(ImportService imports, Properties properties, ApplicationExit exit,
                             LedgerImportLimits workbookLimits) {
        this.imports = imports;
        this.workbookLimits = workbookLimits;
        this.properties = properties;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws JsonProcessingException {
        List<SeedFile> files = SeedResources.load(properties.files(), workbookLimits.limits());
        report = imports.run(files, new ImportOptions(properties.actor(), "ADMIN", properties.advanceClock(),
                false, null, false));
        System.out.println(SeedJson.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        if (properties.exit()) {
            exit.exit(report.refused().isEmpty() ? 0 : 2);
        }
    }

    /** The report of the import, once it has run. */
    public ImportReport report() {
        return report;
    }
}
