package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
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
 * Two nodes on one PostgreSQL database, each keeping the parcels it handled in memory, called over HTTP the way a
 * load balancer would. A client that waits for each answer before the next call is never told its parcel changed
 * concurrently, whichever node it reaches: a node whose copy fell behind the store reads the parcel again. Two calls
 * that really race on one parcel are still decided one after the other, on what is stored.
 */
class TwoNodeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROJECTED = Duration.ofSeconds(60);

    private static PostgresDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = PostgresDatabase.create();
        nodeA = SweepNodes.start(database, true, Map.of("parcelwatch.node-id", "node-a"));
        nodeB = SweepNodes.start(database, true, Map.of("parcelwatch.node-id", "node-b"));
    }

    @AfterAll
    static void stopNodes() {
        SweepNodes.stop(database, nodeA, nodeB);
    }

    @Test
    void sequentialCommandsAlternatingBetweenNodesAreNeverRefusedAsConcurrent() throws Exception {
        String parcel = register(nodeA);
        List<String> refused = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        int payments = 0;
        for (int call = 1; call <= 30; call++) {
            ConfigurableApplicationContext node = call % 2 == 0 ? nodeA : nodeB;
            Answer answer;
            if (call == 10) {
                answer = post(node, parcel, "handover", "desk", "{\"handedOverOn\":\"2024-04-01\",\"documentNo\":\"JD-1\"}");
            } else if (call == 21) {
                answer = post(node, parcel, "start", "patrol", "{\"startedOn\":\"2024-10-01\",\"evidence\":\"site photos\"}");
            } else {
                BigDecimal amount = new BigDecimal(1000 + call + ".25");
                answer = post(node, parcel, "payments", "desk", "{\"amount\":" + amount + ",\"paidOn\":\"2024-02-"
                        + String.format("%02d", 2 + call % 27) + "\",\"receiptNo\":\"R-" + call + "\"}");
                if (answer.status() == 200) {
                    paid = paid.add(amount);
                    payments++;
                }
            }
            if (answer.status() != 200) {
                refused.add("call " + call + " on " + name(node) + ": " + answer.status() + " " + answer.body());
            }
        }

        assertThat(refused).as("sequential calls refused").isEmpty();
        assertThat(payments).isEqualTo(28);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%PaymentReceived'", Integer.class, parcel)).isEqualTo(28);
        BigDecimal expected = paid;
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            await().atMost(PROJECTED).untilAsserted(() -> {
                JsonNode detail = detail(node, parcel);
                assertThat(detail.path("stage").asText()).isEqualTo("STARTED");
                assertThat(totalPaid(detail)).as("paid as %s shows it", name(node)).isEqualByComparingTo(expected);
            });
        }
    }

    @Test
    void twoPaymentsOfOneReceiptRacingOnTwoNodesAreRecordedOnce() throws Exception {
        String parcel = register(nodeA);
        // both nodes hold the parcel
        assertThat(post(nodeB, parcel, "payments", "desk", payment("R-0")).status()).isEqualTo(200);
        assertThat(post(nodeA, parcel, "payments", "desk", payment("R-00")).status()).isEqualTo(200);
        int rounds = 8;
        List<String> answers = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String body = payment("R-" + round);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Answer>> racing = List.of(nodeA, nodeB).stream()
                    .map(node -> CompletableFuture.supplyAsync(() -> {
                        arrive(together);
                        return post(node, parcel, "payments", "desk", body);
                    })).toList();
            List<Answer> round2 = racing.stream().map(CompletableFuture::join).toList();
            assertThat(round2).as("round %d: %s", round, round2).filteredOn(a -> a.status() == 200).hasSize(1);
            assertThat(round2).as("round %d: %s", round, round2).filteredOn(a -> a.status() != 200)
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(409);
                        assertThat(JSON.readTree(a.body()).path("code").asText()).isIn("CONCURRENT_CHANGE", "ILLEGAL_STATE");
                    });
            round2.forEach(a -> answers.add(a.status() + " " + a.body()));
        }
        System.out.printf("racing payments of one receipt on two nodes, %d rounds: %s%n", rounds, answers.stream()
                .map(a -> a.startsWith("200") ? "accepted" : a.replaceAll(".*\"code\":\"(\\w+)\".*", "$1"))
                .collect(Collectors.groupingBy(a -> a, TreeMap::new, Collectors.counting())));
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%PaymentReceived'", Integer.class, parcel)).as("answers %s", answers)
                .isEqualTo(rounds + 2);
        BigDecimal expected = new BigDecimal("500.00").multiply(BigDecimal.valueOf(rounds + 2));
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(totalPaid(detail(nodeB, parcel))).isEqualByComparingTo(expected));
    }

    private static String payment(String receipt) {
        return "{\"amount\":500.00,\"paidOn\":\"2024-02-20\",\"receiptNo\":\"" + receipt + "\"}";
    }

    private static String register(ConfigurableApplicationContext node) {
        String parcel = SampleParcels.nextParcelId();
        Answer registered = SweepNodes.call(node, "POST", "/api/v1/parcels", "desk", SampleParcels.registrationJson(parcel));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return parcel;
    }

    private static Answer post(ConfigurableApplicationContext node, String parcel, String command, String user, String json) {
        return SweepNodes.call(node, "POST", "/api/v1/parcels/" + parcel + "/" + command, user, json);
    }

    private static JsonNode detail(ConfigurableApplicationContext node, String parcel) throws Exception {
        Answer answer = SweepNodes.call(node, "GET", "/api/v1/parcels/" + parcel, "desk", null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static BigDecimal totalPaid(JsonNode detail) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode installment : detail.path("installments")) {
            total = total.add(new BigDecimal(installment.path("paid").asText()));
        }
        return total;
    }

    private static String name(ConfigurableApplicationContext node) {
        return node == nodeA ? "node A" : "node B";
    }

    private static void arrive(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
