package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.ParcelwatchApplication;
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
 * handles; node B changes the same parcels behind A's back. A's next command must decide on the stored history at
 * once: no decision is taken on the stale copy, and no conflict is reported for a change that was not concurrent.
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
    void aCommandThatTheStaleCopyWouldRefuseIsDecidedOnTheStoredHistory() {
        String parcel = SampleParcels.nextParcelId();
        nodeA.sendAndWait(SampleParcels.registerInHistory(parcel));
        nodeB().sendAndWait(new RecordHandover(parcel, LocalDate.parse("2024-04-01"), "JD-1"));

        // A's copy is still REGISTERED, where a start is refused (ILLEGAL_STATE): that answer would be wrong
        nodeA.sendAndWait(new RecordStart(parcel, LocalDate.parse("2024-10-01"), "site photos"));

        assertThat(eventTypes(parcel)).containsExactly("ParcelRegistered", "HandoverRecorded", "ConstructionStarted");
    }

    @Test
    void eventsOfACommandOnAStaleCopyFollowTheStoredOnes() {
        String parcel = SampleParcels.nextParcelId();
        nodeA.sendAndWait(SampleParcels.registerInHistory(parcel));
        nodeB().sendAndWait(new RecordPayment(parcel, new BigDecimal("1000.00"), LocalDate.parse("2024-02-20"), "R-1"));

        // the stale copy would take sequence 1, which B's payment holds: the store would refuse it as a conflict
        nodeA.sendAndWait(new RecordPayment(parcel, new BigDecimal("2000.00"), LocalDate.parse("2024-02-21"), "R-2"));

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
    void aCheckOnAStaleCopySeesWhatTheOtherNodeStored() {
        String parcel = SampleParcels.nextParcelId();
        nodeA.sendAndWait(SampleParcels.registerInHistory(parcel));
        nodeB().sendAndWait(new RecordPayment(parcel, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-01"), "R-1"));

        // A's copy still owes the first installment (due 2024-03-01) and would remind of it on the signing day
        DueCheckResult check = nodeA.sendAndWait(new CheckDuePoints(parcel, LocalDate.parse("2024-02-01")));
        assertThat(check.fired()).as("the stored parcel paid it").isEmpty();
        assertThat(eventTypes(parcel)).containsExactly("ParcelRegistered", "PaymentReceived");
    }

    private static CommandGateway nodeB() {
        return nodeB.getBean(CommandGateway.class);
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
