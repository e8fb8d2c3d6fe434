package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.application.CommandFailures;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueCheckResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The parcel cache with two nodes on one database: this test's context is node A, which caches what it
 * handles; node B changes the same parcels behind A's back. Whatever A then decides on its stale copy must
 * come back as a concurrency conflict, and the retry must decide on the stored history.
 */
@PostgresTest
@DirtiesContext
class ParcelRepositoryTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    CommandGateway nodeA;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startNodeB(@Autowired PostgresDatabase database) {
        Map<String, String> settings = new LinkedHashMap<>(database.springProperties());
        settings.put("parcelwatch.node-id", "node-b");
        settings.put("spring.quartz.auto-startup", "false");
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        nodeB = new SpringApplicationBuilder(ParcelwatchApplication.class).web(WebApplicationType.NONE).run(args);
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aRefusalOnAStaleCopyIsAConflictAndTheRetryDecidesOnTheStoredHistory() {
        String parcel = SampleParcels.nextParcelId();
        nodeA.sendAndWait(SampleParcels.registerCommand(parcel));
        nodeB().sendAndWait(new RecordHandover(parcel, LocalDate.parse("2024-04-01"), "JD-1"));

        // A's copy is still REGISTERED, where a start is refused (ILLEGAL_STATE): that answer would be wrong
        RecordStart start = new RecordStart(parcel, LocalDate.parse("2024-10-01"), "site photos");
        assertThat(failureOf(() -> nodeA.sendAndWait(start))).isInstanceOf(ConcurrencyException.class);
        nodeA.sendAndWait(start);

        assertThat(eventTypes(parcel)).containsExactly("ParcelRegistered", "HandoverRecorded", "ConstructionStarted");
    }

    @Test
    void eventsAppliedToAStaleCopyAreRefusedByTheStoreAndTheRetryChainsThemCorrectly() {
        String parcel = SampleParcels.nextParcelId();
        nodeA.sendAndWait(SampleParcels.registerCommand(parcel));
        nodeB().sendAndWait(new RecordPayment(parcel, new BigDecimal("1000.00"), LocalDate.parse("2024-02-20"), "R-1"));

        RecordPayment second = new RecordPayment(parcel, new BigDecimal("2000.00"), LocalDate.parse("2024-02-21"), "R-2");
        assertThat(failureOf(() -> nodeA.sendAndWait(second))).isInstanceOf(ConcurrencyException.class);
        nodeA.sendAndWait(second);

        assertThat(eventTypes(parcel)).containsExactly("ParcelRegistered", "PaymentReceived", "PaymentReceived");
        // each event chained to the one stored before it, not to A's stale copy
        List<Map<String, Object>> rows = jdbc.queryForList("select convert_from(meta_data, 'UTF8') as meta"
                + " from domain_event_entry where aggregate_identifier = ? order by sequence_number", parcel);
        for (int i = 1; i < rows.size(); i++) {
            String previous = hashIn(rows.get(i - 1).get("meta").toString(), "\"hash\"");
            assertThat(rows.get(i).get("meta").toString()).as("event " + i).contains(previous);
        }
    }

    @Test
    void aCheckThatAppliesNothingOnAStaleCopyIsAConflictToo() {
        String parcel = SampleParcels.nextParcelId();
        nodeA.sendAndWait(SampleParcels.registerCommand(parcel));
        LocalDate signingDay = LocalDate.parse("2024-02-01");
        nodeA.sendAndWait(new CheckDuePoints(parcel, signingDay));
        DueCheckResult quiet = nodeA.sendAndWait(new CheckDuePoints(parcel, signingDay));
        assertThat(quiet.fired()).as("the first check did what was due on the signing day").isEmpty();
        nodeB().sendAndWait(new RecordPayment(parcel, new BigDecimal("1000.00"), LocalDate.parse("2024-02-20"), "R-1"));

        assertThat(failureOf(() -> nodeA.sendAndWait(new CheckDuePoints(parcel, signingDay))))
                .as("nothing to apply, so no unique key would notice; the check before commit does")
                .isInstanceOf(ConcurrencyException.class);
        assertThat((DueCheckResult) nodeA.sendAndWait(new CheckDuePoints(parcel, signingDay))).isNotNull();
    }

    private static CommandGateway nodeB() {
        return nodeB.getBean(CommandGateway.class);
    }

    private static Throwable failureOf(Runnable command) {
        Throwable thrown = catchThrowable(command::run);
        assertThat(thrown).as("the command on the stale copy was answered").isInstanceOf(RuntimeException.class);
        return CommandFailures.unwrap((RuntimeException) thrown);
    }

    private List<String> eventTypes(String parcel) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, parcel).stream()
                   .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static String hashIn(String metaData, String key) {
        int at = metaData.indexOf(key);
        int start = metaData.indexOf('"', metaData.indexOf(':', at) + 1) + 1;
        return metaData.substring(start, metaData.indexOf('"', start));
    }
}
