package org.parcelwatch.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.Segment;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.api.support.PoisonedEvents;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One event that a projection cannot write no longer stops it (issue 19 item 1). On PostgreSQL, events are written
 * straight into the store the way a NUL once got there ({@code projectName}, a delivery's {@code receivedBy}); the
 * projection dead-letters the poison event, the later events of its parcel wait behind it in the queue (sequenced per
 * parcel), and every other parcel, those of the same segment included, is projected: in the projections written with
 * JDBC batches (ledger, notices) and in one kept as JPA entities (breach register). The admin endpoints list, retry
 * and evict the dead letters, the gauge and the warnings show them, and a replay handles them afresh.
 */
@PostgresTest
@DirtiesContext
@AutoConfigureObservability
class PoisonEventTest {

    /**
     * Registration in history mode (issue 20): these tests count and read the events a registration stores, or walk the
     * parcel's past after it; checked at once, the sample's 2024 dates would add the overdue events of today.
     */
    private static final String REGISTER = "/api/v1/parcels?enteringHistory=true";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEDGER = "parcel-ledger";
    private static final String NOTICES = "notices";
    private static final String BREACHES = "breach-register";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    ClusterProjectionProgress cluster;
    @Autowired
    MeterRegistry meters;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aNulInTheStoreIsDeadLetteredAndTheParcelsOfItsSegmentMoveOn() throws Exception {
        String poison = SampleParcels.nextParcelId();
        List<String> before = sameSegmentAs(poison, LEDGER, 3);
        List<String> after = sameSegmentAs(poison, LEDGER, 3);
        for (String id : before) {
            registerOverHttp(id, "Xinhe bearing plant phase II").andExpect(status().isCreated());
        }
        awaitProjections();

        // the registration of DESIGN §4 as the store holds it, for another parcel and with a NUL in its project name
        poisoned().registrationLike(before.get(0), "Xinhe bearing plant phase II", poison, "Poison\\u0000plant");
        // the aggregate reads the NUL without trouble, so the parcel goes on: its payment is a later event of it
        commands.sendAndWait(new RecordPayment(poison, new BigDecimal("1000.00"), LocalDate.parse("2024-03-01"), "R-P-1"));
        for (String id : after) {
            registerOverHttp(id, "Xinhe bearing plant phase III").andExpect(status().isCreated());
        }

        awaitProjections();
        for (String id : concat(before, after)) {
            mvc.perform(get("/api/v1/parcels/" + id).with(httpBasic("desk", "desk"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/parcels/" + poison).with(httpBasic("desk", "desk"))).andExpect(status().isNotFound());

        JsonNode sequence = sequence(LEDGER, poison);
        assertThat(sequence.path("letters")).hasSize(2);
        assertThat(sequence.at("/letters/0/eventType").asText()).isEqualTo("ParcelRegistered");
        assertThat(sequence.at("/letters/0/sequenceNumber").asLong()).isZero();
        assertThat(sequence.at("/letters/0/causeMessage").asText()).contains("0x00");
        // the payment did not fail: it waits behind the registration of its parcel
        assertThat(sequence.at("/letters/1/eventType").asText()).isEqualTo("PaymentReceived");
        assertThat(sequence.at("/letters/1/sequenceNumber").asLong()).isEqualTo(1);
        assertThat(deadLetters(LEDGER)).isEqualTo(2);
        assertThat(prometheus()).contains(
                "parcelwatch_projection_dead_letters{application=\"parcelwatch\",projection=\"parcel-ledger\"} 2.0");
        JsonNode projections = getJson("/api/v1/admin/projections", "admin");
        assertThat(find(projections, LEDGER).path("deadLetters").asLong()).isEqualTo(2);
        assertThat(find(projections, LEDGER).path("caughtUp").asBoolean()).isTrue();
        assertThat(getJson("/api/v1/worklist", "admin").at("/deadLetters/byProjection/parcel-ledger").asLong()).isEqualTo(2);
        assertThat(getJson("/api/v1/worklist", "desk").has("deadLetters")).isFalse();

        // a retry while the event is still poisoned fails again and keeps the letters, now counted as retried once
        JsonNode retried = json(mvc.perform(post("/api/v1/admin/dead-letters/" + LEDGER + "/" + poison + "/retry")
                .with(httpBasic("admin", "admin"))).andExpect(status().isOk()));
        assertThat(retried.path("processed").asBoolean()).isFalse();
        assertThat(retried.path("remaining").asInt()).isEqualTo(2);
        assertThat(sequence(LEDGER, poison).at("/letters/0/retries").asInt()).isEqualTo(1);

        // the desk may not touch the queue; the admin evicts it
        mvc.perform(delete("/api/v1/admin/dead-letters/" + LEDGER + "/" + poison).with(httpBasic("desk", "desk")))
           .andExpect(status().isForbidden());
        JsonNode evicted = json(mvc.perform(delete("/api/v1/admin/dead-letters/" + LEDGER + "/" + poison)
                .with(httpBasic("admin", "admin"))).andExpect(status().isOk()));
        assertThat(evicted.path("evicted").asInt()).isEqualTo(2);
        assertThat(deadLetters(LEDGER)).isZero();
        assertThat(getJson("/api/v1/worklist", "admin").has("deadLetters")).isFalse();
        mvc.perform(delete("/api/v1/admin/dead-letters/" + LEDGER + "/" + poison).with(httpBasic("admin", "admin")))
           .andExpect(status().isNotFound());
    }

    @Test
    void aFailureFixedInTheDatabaseIsRetriedFromTheQueueInItsOrder() throws Exception {
        String blocked = SampleParcels.nextParcelId();
        String healthy = SampleParcels.nextParcelId();
        // an operator's mistake in the projection's table: this parcel's rows cannot be written until it is undone
        jdbc.execute("alter table parcel_ledger add constraint poison_test_blocked"
                + " check (project_name is null or project_name not like 'Blocked%')");
        try {
            registerOverHttp(blocked, "Blocked bearing plant").andExpect(status().isCreated());
            mvc.perform(post("/api/v1/parcels/" + blocked + "/payments").with(httpBasic("desk", "desk"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"amount\": 1000.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-B-1\"}"))
               .andExpect(status().is2xxSuccessful());
            registerOverHttp(healthy, "Xinhe bearing plant phase IV").andExpect(status().isCreated());
            awaitProjections();
            mvc.perform(get("/api/v1/parcels/" + healthy).with(httpBasic("desk", "desk"))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/parcels/" + blocked).with(httpBasic("desk", "desk"))).andExpect(status().isNotFound());
            JsonNode sequence = sequence(LEDGER, blocked);
            assertThat(sequence.path("letters")).hasSize(2);
            assertThat(sequence.at("/letters/0/causeMessage").asText()).contains("poison_test_blocked");
            assertThat(deadLetters(LEDGER)).isEqualTo(2);
        } finally {
            jdbc.execute("alter table parcel_ledger drop constraint if exists poison_test_blocked");
        }

        JsonNode retried = json(mvc.perform(post("/api/v1/admin/dead-letters/" + LEDGER + "/" + blocked + "/retry")
                .with(httpBasic("admin", "admin"))).andExpect(status().isOk()));
        assertThat(retried.path("processed").asBoolean()).isTrue();
        assertThat(retried.path("remaining").asInt()).isZero();
        JsonNode parcel = json(mvc.perform(get("/api/v1/parcels/" + blocked).with(httpBasic("desk", "desk")))
                                  .andExpect(status().isOk()));
        assertThat(parcel.at("/installments/0/paid").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(deadLetters(LEDGER)).isZero();
        assertThat(gauge(LEDGER)).isZero();
        mvc.perform(post("/api/v1/admin/dead-letters/" + LEDGER + "/" + blocked + "/retry").with(httpBasic("admin", "admin")))
           .andExpect(status().isNotFound());
    }

    @Test
    void aDeliveryWithANulStopsOnlyItsParcelInTheNoticesAndAReplayHandlesItAfresh() throws Exception {
        String poison = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(poison));
        commands.sendAndWait(new CheckDuePoints(poison, LocalDate.parse("2024-06-01")));
        awaitProjections();
        List<Map<String, Object>> notices = jdbc.queryForList("select notice_no, type from notice where parcel_id = ?"
                + " order by notice_no", poison);
        assertThat(notices).as("notices of " + poison).hasSizeGreaterThanOrEqualTo(2);
        // two deliveries written straight into the store (the cached parcel does not know them: no command follows),
        // the first received by a name with a NUL, the second, a good one, a later event of the same parcel
        storeDelivery(poison, notices.get(0), "Wang\0Fang");
        storeDelivery(poison, notices.get(1), "Wang Fang");
        String healthy = sameSegmentAs(poison, NOTICES, 1).get(0);
        commands.sendAndWait(SampleParcels.registerInHistory(healthy));
        commands.sendAndWait(new CheckDuePoints(healthy, LocalDate.parse("2024-06-01")));
        awaitProjections();

        assertThat(noticesOf(healthy)).isNotEmpty();
        for (Map<String, Object> waiting : notices.subList(0, 2)) {
            assertThat(jdbc.queryForObject("select delivered_on from notice where notice_no = ?", LocalDate.class,
                    waiting.get("notice_no"))).isNull();
        }
        JsonNode sequence = sequence(NOTICES, poison);
        assertThat(sequence.path("letters")).hasSize(2);
        assertThat(sequence.at("/letters/0/eventType").asText()).isEqualTo("NoticeDelivered");
        assertThat(sequence.at("/letters/0/causeMessage").asText()).contains("0x00");
        assertThat(sequence.at("/letters/1/eventType").asText()).isEqualTo("NoticeDelivered");
        int letters = 2;
        List<String> waiting = new ArrayList<>();
        sequence.path("letters").forEach(l -> waiting.add(l.path("eventId").asText()));
        int noticesBefore = noticesOf(poison).size();
        // the other projections handled the parcel's events as usual
        mvc.perform(get("/api/v1/parcels/" + poison).with(httpBasic("desk", "desk"))).andExpect(status().isOk());
        assertThat(deadLetters(LEDGER)).isZero();

        // a replay (on PostgreSQL into shadow tables) handles every event again and does not stop at the poison: the
        // rebuild ends, switched in, and the same letters come back, the parcel's notices as the processor left them
        mvc.perform(post("/api/v1/admin/projections/" + NOTICES + "/replay").with(httpBasic("admin", "admin")))
           .andExpect(status().isAccepted());
        await().atMost(PATIENCE).until(() -> {
            JsonNode replay = getJson("/api/v1/admin/projections/" + NOTICES + "/replay", "admin");
            return replay.at("/rebuild/finishedAt").isValueNode() && replay.path("replayState").asText().equals("RESET");
        });
        JsonNode rebuilt = getJson("/api/v1/admin/projections/" + NOTICES + "/replay", "admin");
        assertThat(rebuilt.at("/rebuild/failure").isNull()).as("the rebuild's failure: " + rebuilt).isTrue();
        awaitProjections();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(NOTICES)).isEqualTo(letters));
        List<String> again = new ArrayList<>();
        sequence(NOTICES, poison).path("letters").forEach(l -> again.add(l.path("eventId").asText()));
        assertThat(again).isEqualTo(waiting);
        assertThat(noticesOf(healthy)).isNotEmpty();
        assertThat(noticesOf(poison)).hasSize(noticesBefore);

        json(mvc.perform(delete("/api/v1/admin/dead-letters/" + NOTICES + "/" + poison).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()));
        assertThat(gauge(NOTICES)).isZero();
    }

    @Test
    void aFindingWithANulStopsOnlyItsParcelInTheJpaBreachRegister() throws Exception {
        String poison = SampleParcels.nextParcelId();
        String healthy = sameSegmentAs(poison, BREACHES, 1).get(0);
        missStart(poison);
        awaitProjections();
        assertThat(breachCases(poison)).isEqualTo(1);
        // the register is kept as JPA entities, written when the transaction flushes: the NUL fails at the flush. The
        // later event leaves the finding alone (a later finding would replace it before any flush, and nothing fail)
        poisoned().append(poison, new BreachFindingRecorded(poison, Milestone.START, LocalDate.parse("2024-10-01"),
                BreachCause.LAND_USER, null, "no\0works", LocalDate.parse("2024-10-05"), true));
        poisoned().append(poison, new ExtensionGranted(poison, Milestone.START, LocalDate.parse("2024-10-01"),
                LocalDate.parse("2025-04-01"), null, null, "YQ-1", LocalDate.parse("2024-10-06"), "road plan revised", null));
        missStart(healthy);
        awaitProjections();

        assertThat(breachCases(healthy)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select findings from breach_case where parcel_id = ?", String.class, poison)).isNull();
        JsonNode sequence = sequence(BREACHES, poison);
        assertThat(sequence.path("letters")).hasSize(2);
        assertThat(sequence.at("/letters/0/eventType").asText()).isEqualTo("BreachFindingRecorded");
        assertThat(sequence.at("/letters/0/causeMessage").asText()).contains("0x00");
        assertThat(sequence.at("/letters/1/eventType").asText()).isEqualTo("ExtensionGranted");
        assertThat(deadLetters(LEDGER)).isZero();

        json(mvc.perform(delete("/api/v1/admin/dead-letters/" + BREACHES + "/" + poison).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()));
        assertThat(gauge(BREACHES)).isZero();
    }

    /**
     * A control character other than NUL is stored by PostgreSQL and projected; in a parcel registered before the
     * forms refused it (an old import), its notices are still printed, as HTML and as PDF, with U+FFFD in its place:
     * the PDF is laid out from the document as XML, which refuses a whole document for one control character.
     */
    @Test
    void aControlCharacterStoredInAProjectNameStillPrintsTheParcelsNotices() throws Exception {
        String template = SampleParcels.nextParcelId();
        String old = SampleParcels.nextParcelId();
        registerOverHttp(template, "Xinhe bearing plant phase II").andExpect(status().isCreated());
        poisoned().registrationLike(template, "Xinhe bearing plant phase II", old, "Old\\u0001import");
        commands.sendAndWait(new CheckDuePoints(old, LocalDate.parse("2024-06-01")));
        awaitProjections();
        List<String> notices = noticesOf(old);
        assertThat(notices).as("notices of " + old).isNotEmpty();
        for (String notice : notices) {
            String html = mvc.perform(get("/api/v1/notices/" + notice).with(httpBasic("desk", "desk")).accept(MediaType.TEXT_HTML))
                             .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("Old\uFFFDimport").doesNotContain("\u0001");
            byte[] pdf = mvc.perform(get("/api/v1/notices/" + notice).with(httpBasic("desk", "desk"))
                                    .accept(MediaType.APPLICATION_PDF))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        // the ledger holds the name as stored: the parcel is there, not dead-lettered
        mvc.perform(get("/api/v1/parcels/" + old).with(httpBasic("desk", "desk"))).andExpect(status().isOk());
    }

    /** A parcel whose land was handed over and whose start date, 2024-10-01, has passed: a breach case opens. */
    private void missStart(String parcelId) {
        commands.sendAndWait(SampleParcels.registerInHistory(parcelId));
        commands.sendAndWait(new RecordHandover(parcelId, LocalDate.parse("2024-04-01"), "JD-1"));
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse("2024-10-03")));
    }

    private int breachCases(String parcelId) {
        return jdbc.queryForObject("select count(*) from breach_case where parcel_id = ?", Integer.class, parcelId);
    }

    private ResultActions registerOverHttp(String parcelId, String projectName) throws Exception {
        return mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON)
                                                  .content(SampleParcels.registrationJson(parcelId)
                                                          .replace("Xinhe bearing plant phase II", projectName)));
    }

    private PoisonedEvents poisoned() {
        return new PoisonedEvents(jdbc, eventSerializer);
    }

    private void storeDelivery(String parcelId, Map<String, Object> notice, String receivedBy) {
        poisoned().deliver(parcelId, notice, receivedBy);
    }

    /** Fresh parcel ids that the projection's processor puts in the same segment as {@code parcelId}. */
    private List<String> sameSegmentAs(String parcelId, String projection, int count) {
        int[] segments = jdbc.queryForList("select segment from token_entry where processor_name = ?", Integer.class, projection)
                             .stream().mapToInt(Integer::intValue).toArray();
        assertThat(segments).as("segments of " + projection).hasSizeGreaterThan(1);
        Segment segment = null;
        for (int id : segments) {
            if (Segment.computeSegment(id, segments).matches(parcelId)) {
                segment = Segment.computeSegment(id, segments);
            }
        }
        assertThat(segment).isNotNull();
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String candidate = SampleParcels.nextParcelId();
            if (segment.matches(candidate)) {
                ids.add(candidate);
            }
        }
        return ids;
    }

    private void awaitProjections() {
        await().atMost(PATIENCE).untilAsserted(() -> ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(cluster.standing(group).caughtUp()).as(group + " caught up: " + cluster.standing(group)).isTrue()));
    }

    private JsonNode sequence(String projection, String parcelId) throws Exception {
        JsonNode answer = getJson("/api/v1/admin/dead-letters?projection=" + projection, "admin");
        for (JsonNode sequence : find(answer.path("projections"), projection).path("sequences")) {
            if (sequence.path("parcelId").asText().equals(parcelId)) {
                return sequence;
            }
        }
        throw new AssertionError("no dead letters of " + parcelId + " in " + projection + ": " + answer);
    }

    private long deadLetters(String projection) throws Exception {
        return find(getJson("/api/v1/admin/dead-letters", "admin").path("projections"), projection).path("letters").asLong();
    }

    private double gauge(String projection) {
        return meters.get("parcelwatch.projection.dead.letters").tag("projection", projection).gauge().value();
    }

    private String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                  .andReturn().getResponse().getContentAsString();
    }

    private List<String> noticesOf(String parcelId) {
        return jdbc.queryForList("select notice_no from notice where parcel_id = ?", String.class, parcelId);
    }

    private JsonNode getJson(String path, String user) throws Exception {
        return json(mvc.perform(get(path).with(httpBasic(user, user))).andExpect(status().isOk()));
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static JsonNode find(JsonNode list, String projection) {
        for (JsonNode node : list) {
            if (node.path("projection").asText().equals(projection)) {
                return node;
            }
        }
        throw new AssertionError("no " + projection + " in " + list);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
