package org.parcelwatch.api.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API on the postgres profile: configured bcrypt users instead of demo users, and the Idempotency-Key
 * claim decided by PostgreSQL's unique key when duplicates race.
 */
@PostgresTest
class PostgresIdempotencyTest {

    /**
     * Registration in history mode (issue 20): these tests count and read the events a registration stores, or walk the
     * parcel's past after it; checked at once, the sample's 2024 dates would add the overdue events of today.
     */
    private static final String REGISTER = "/api/v1/parcels?enteringHistory=true";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void configuredUsersLogInAndNoDemoUsersExist(@Autowired Environment environment) throws Exception {
        assertThat(environment.getProperty("parcelwatch.security.demo-users")).isEqualTo("false");
        assertThat(environment.getProperty("parcelwatch.security.users[0].password-hash")).startsWith("$2a$04$");
        mvc.perform(get("/api/v1/parcels").with(httpBasic("auditor", "auditor"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/parcels").with(httpBasic("auditor", "desk")))
           .andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void racingDuplicatesRegisterOnceAndAllGetTheSameAnswer() throws Exception {
        String id = SampleParcels.nextParcelId();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> mvc.perform(post(REGISTER).with(httpBasic("desk", "desk"))
                        .header(Idempotency.HEADER, key).contentType(MediaType.APPLICATION_JSON)
                        .content(SampleParcels.registrationJson(id))).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT state || ' ' || response_status FROM idempotency_record"
                + " WHERE user_name = 'desk' AND idempotency_key = ?", String.class, key)).isEqualTo("COMPLETED 201");
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name = 'idempotency_record'"
                + " AND column_name = 'created_at'", String.class)).isEqualTo("timestamp with time zone");

        // and the read side follows on PostgreSQL
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/parcels/" + id).with(httpBasic("brigade", "brigade")))
                   .andExpect(status().isOk())
                   .andExpect(jsonPath("$.stage").value("REGISTERED")));
    }
}
