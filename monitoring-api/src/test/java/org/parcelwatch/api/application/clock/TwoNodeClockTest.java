package org.parcelwatch.api.application.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.sweep.SweepNodes;
import org.parcelwatch.api.application.sweep.SweepNodes.Answer;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The adjustable clock of two nodes on one PostgreSQL database: one business date for both. Node A follows the
 * stored offset as shipped; node B reads it only hourly, which stands for a node in the moment before it has read
 * a move: whatever B is asked then, it decides and stamps on the shared date, never on its own stale one.
 */
class TwoNodeClockTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static PostgresDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = PostgresDatabase.create();
        nodeA = SweepNodes.start(database, true, Map.of("parcelwatch.node-id", "node-a",
                "parcelwatch.clock.adjustable", "true"));
        nodeB = SweepNodes.start(database, true, Map.of("parcelwatch.node-id", "node-b",
                "parcelwatch.clock.adjustable", "true", "parcelwatch.clock.follow-every", "1h"));
    }

    @AfterAll
    static void stopNodes() {
        SweepNodes.stop(database, nodeA, nodeB);
    }

    @Test
    void aMoveOnOneNodeHoldsOnTheOtherWithinASecond() throws Exception {
        LocalDate target = sharedToday().plusDays(5);
        Answer moved = moveClock(nodeB, target);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        long movedAt = System.nanoTime();

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
               .untilAsserted(() -> assertThat(today(nodeA)).isEqualTo(target));
        System.out.printf("node A followed node B's clock within %d ms%n", (System.nanoTime() - movedAt) / 1_000_000);
    }

    @Test
    void aNodeBehindTheSharedClockDecidesAndStampsOnTheSharedDate() throws Exception {
        String parcel = SampleParcels.nextParcelId();
        Answer registered = SweepNodes.call(nodeA, "POST", "/api/v1/parcels?enteringHistory=true", "desk", SampleParcels.registrationJson(parcel));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        LocalDate before = sharedToday();
        assertThat(today(nodeB)).as("B starts level with A").isEqualTo(before);

        // A moves on 41 days and records a payment that day; B has not read the move yet
        LocalDate moved = before.plusDays(41);
        assertThat(moveClock(nodeA, moved).status()).isEqualTo(200);
        assertThat(payment(nodeA, parcel, "R-A", moved).status()).isEqualTo(200);
        assertThat(today(nodeB)).as("B lags, as a node does until it reads the move").isEqualTo(before);

        // B is asked to record a payment on the parcel whose last event A stamped 41 days after B's today
        Answer onB = payment(nodeB, parcel, "R-B", before);
        assertThat(onB.status()).as(onB.body()).isEqualTo(200);

        List<Instant> stamps = nodeA.getBean(JdbcTemplate.class).queryForList("select time_stamp from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", String.class, parcel).stream()
                .map(DateTimeUtils::parseInstant).toList();
        assertThat(stamps).hasSize(3).isSorted();
        assertThat(LocalDate.ofInstant(stamps.get(2), ZONE)).as("B's event is stamped on the shared date").isEqualTo(moved);
        assertThat(today(nodeB)).as("B read the move when the parcel showed it").isEqualTo(moved);
    }

    @Test
    void aNodeBehindTheSharedClockCannotMoveItBack() throws Exception {
        LocalDate before = sharedToday();
        assertThat(moveClock(nodeA, before.plusDays(20)).status()).isEqualTo(200);

        // B, still on the earlier date, is asked for a day between: forward for B, backward for the shared clock
        Answer back = moveClock(nodeB, before.plusDays(10));
        assertThat(back.status()).as(back.body()).isEqualTo(409);
        assertThat(JSON.readTree(back.body()).path("code").asText()).isEqualTo("CLOCK_MOVES_BACKWARDS");
        assertThat(nodeA.getBean(JdbcTemplate.class).queryForObject("select today from business_clock", LocalDate.class))
                .isEqualTo(before.plusDays(20));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(today(nodeA)).isEqualTo(before.plusDays(20));
            assertThat(today(nodeB)).isEqualTo(before.plusDays(20));
        });
    }

    /** The shared date: what both nodes say once each has read the stored offset. */
    private static LocalDate sharedToday() {
        return await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> today(nodeA).equals(today(nodeB)) ? today(nodeA) : null, java.util.Objects::nonNull);
    }

    private static LocalDate today(ConfigurableApplicationContext node) throws Exception {
        Answer clock = SweepNodes.call(node, "GET", "/api/v1/admin/clock", "admin", null);
        assertThat(clock.status()).as(clock.body()).isEqualTo(200);
        return LocalDate.parse(JSON.readTree(clock.body()).path("today").asText());
    }

    private static Answer moveClock(ConfigurableApplicationContext node, LocalDate today) {
        return SweepNodes.call(node, "PUT", "/api/v1/admin/clock", "admin", "{\"today\":\"" + today + "\"}");
    }

    private static Answer payment(ConfigurableApplicationContext node, String parcel, String receipt, LocalDate paidOn) {
        return SweepNodes.call(node, "POST", "/api/v1/parcels/" + parcel + "/payments", "desk",
                "{\"amount\":500.00,\"paidOn\":\"" + paidOn + "\",\"receiptNo\":\"" + receipt + "\"}");
    }
}
