package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApplicationNodes;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.api.support.StoredEvents;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * On PostgreSQL, the command-line import of a file, killed with SIGKILL half way (a real separate JVM), is finished by
 * running the same command line again: every parcel then holds exactly the events, and so the payments, of the file
 * imported by the command line without interruption on another database, and the report names the records resumed.
 */
class PostgresImportKillTest {

    /** Fewer than on H2: this test imports the file two and a half times, one of them in a JVM of its own. */
    private static final int PARCELS = 24;

    @Test
    void aCommandLineImportKilledHalfWayIsFinishedByRunningItAgain() throws Exception {
        ResumeFile file = ResumeFile.of(PARCELS);
        Path dir = Files.createDirectories(Path.of("target", "import-kill"));
        Path seeds = dir.resolve("resume-" + System.currentTimeMillis() + ".json").toAbsolutePath();
        Files.write(seeds, file.content());
        Map<String, String> commandLine = Map.of("parcelwatch.import.files", seeds.toString());

        try (PostgresDatabase cleanDatabase = PostgresDatabase.create();
             PostgresDatabase victimDatabase = PostgresDatabase.create()) {
            StoredEvents uninterrupted;
            ImportReport cleanReport;
            try (ConfigurableApplicationContext clean = ApplicationNodes.postgres(cleanDatabase, commandLine)) {
                cleanReport = clean.getBean(ImportCommandLine.class).report();
                uninterrupted = StoredEvents.of(clean.getBean(JdbcTemplate.class), false);
            }
            assertThat(refusals(cleanReport)).contains(file.refusedStartParcel() + " start ILLEGAL_STATE");

            // the same command line in a process of its own, killed once half the events are stored
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(victimDatabase.jdbcUrl(),
                    victimDatabase.user(), victimDatabase.password()));
            Path log = dir.resolve("node-" + System.currentTimeMillis() + ".log");
            Map<String, String> exiting = new HashMap<>(commandLine);
            exiting.put("parcelwatch.import.exit", "true");
            Process node = ApplicationNodes.process(ApplicationNodes.arguments(
                    ApplicationNodes.postgresSettings(victimDatabase, exiting)), log);
            try {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                       .until(() -> !node.isAlive() || jdbc.queryForObject("select count(*) from domain_event_entry",
                               Long.class) >= uninterrupted.events() / 2);
                assertThat(node.isAlive()).as("the import is running (its log: %s)", log).isTrue();
                node.destroyForcibly();
                assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                node.destroyForcibly();
            }
            StoredEvents half = StoredEvents.of(jdbc, false);
            assertThat(half.events()).as("killed half way").isBetween(1, uninterrupted.events() - 1);

            try (ConfigurableApplicationContext again = ApplicationNodes.postgres(victimDatabase, commandLine)) {
                ImportReport report = again.getBean(ImportCommandLine.class).report();

                assertThat(StoredEvents.of(jdbc, false).differencesFrom(uninterrupted)).isEmpty();
                assertThat(report.resumedRecords()).extracting(ImportReport.ResumedRecord::parcelId)
                        .containsExactlyInAnyOrderElementsOf(half.byParcel().keySet());
                assertThat(refusals(report)).containsExactlyInAnyOrderElementsOf(refusals(cleanReport));
                assertThat(report.accepted()).isEqualTo(cleanReport.accepted());
                assertThat(report.actionsApplied() + report.actionsResumed()).isEqualTo(cleanReport.actionsApplied());
            }
        }
    }

    /** "parcel action code" of each refusal. */
    private static List<String> refusals(ImportReport report) {
        return report.refused().stream().map(r -> r.parcelId() + " " + r.action() + " " + r.code()).toList();
    }
}
