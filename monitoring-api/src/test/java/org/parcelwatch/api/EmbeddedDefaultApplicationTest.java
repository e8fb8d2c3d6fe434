package org.parcelwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The application on its default profile: the embedded H2 file database, nothing else running. */
@EmbeddedDefaultTest
@AutoConfigureObservability
class EmbeddedDefaultApplicationTest {

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
    void runsOnH2InPostgresModeInItsOwnDataDirectory(@Value("${parcelwatch.data-dir}") Path dataDir) {
        assertThat(jdbc.queryForObject("SELECT setting_value FROM information_schema.settings WHERE setting_name = 'MODE'",
                String.class)).isEqualToIgnoringCase("PostgreSQL");
        assertThat(Files.isDirectory(dataDir)).isTrue();
        assertThat(dataDir).startsWith(Path.of("target").toAbsolutePath());
    }

    @Test
    void registrationStoresOneEventAndAnswersWithItsLocation() throws Exception {
        String parcelId = SampleParcels.nextParcelId();

        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON)
                                           .content(SampleParcels.registrationJson(parcelId)))
           .andExpect(status().isCreated())
           .andExpect(header().string("Location", "/api/v1/parcels/" + parcelId))
           .andExpect(jsonPath("$.parcelId").value(parcelId));

        Map<String, Object> event = jdbc.queryForMap(
                "SELECT sequence_number, type, payload_type, payload, time_stamp FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ?", parcelId);
        assertThat(event.get("sequence_number")).isEqualTo(0L);
        assertThat(event.get("type")).isEqualTo("Parcel");
        assertThat(event.get("payload_type")).isEqualTo(ParcelRegistered.class.getName());
        assertThat(new String((byte[]) event.get("payload"), StandardCharsets.UTF_8))
                .contains("\"contractNo\":\"XH-CR-2024-017\"", "\"signedOn\":\"2024-02-01\"");
        assertThat(Instant.parse((String) event.get("time_stamp")))
                .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plusSeconds(5));
    }

    @Test
    void theParcelIsSourcedBackFromTheStoreForItsNextCommand(@Autowired CommandGateway commands) throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON)
                                           .content(SampleParcels.registrationJson(parcelId)))
           .andExpect(status().isCreated());

        commands.sendAndWait(new RecordPayment(parcelId, new BigDecimal("6172839.00"), LocalDate.of(2024, 3, 1),
                "R-" + parcelId));

        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", String.class, parcelId))
                .containsExactly(ParcelRegistered.class.getName(), PaymentReceived.class.getName());
    }

    @Test
    void secondRegistrationOfTheSameParcelIsAConflict() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        String body = SampleParcels.registrationJson(parcelId);
        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON).content(body))
           .andExpect(status().isCreated());

        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON).content(body))
           .andExpect(status().isConflict())
           .andExpect(jsonPath("$.code").value("DUPLICATE_PARCEL"));

        assertThat(eventCount(parcelId)).isEqualTo(1);
    }

    @Test
    void refusedContractTermsAreABadRequestAndStoreNothing() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        String body = SampleParcels.registrationJson(parcelId).replace("91130530MA0CX0XU3B", "91130530MA0CX0XU3C");

        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON).content(body))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_CONTRACT_TERMS"));

        assertThat(eventCount(parcelId)).isZero();
    }

    @Test
    void malformedBodyIsABadRequestWithFieldErrors() throws Exception {
        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON).content("{\"contractNo\":\"X\"}"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
           .andExpect(jsonPath("$.fieldErrors[?(@.field == 'parcelId')]").exists());
    }

    @Test
    void healthAndPrometheusAreExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus"))
           .andExpect(status().isOk())
           .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                   .contains("jvm_memory_used_bytes", "application=\"parcelwatch\""));
        mvc.perform(get("/v3/api-docs"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.paths['/api/v1/parcels'].post").exists());
    }

    @Test
    void flywayCreatedTheSchemaForH2(@Autowired Flyway flyway) {
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
                .startsWith("V1__axon_event_store.sql", "V2__axon_token_and_saga_store.sql",
                        "V3__quartz_job_store.sql");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
                String.class))
                .contains("domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                        "association_value_entry", "qrtz_job_details", "qrtz_triggers", "qrtz_locks");
    }

    @Test
    void noAxonEntityReachesHibernate(@Autowired EntityManagerFactory entityManagerFactory) {
        assertThat(entityManagerFactory.getMetamodel().getEntities())
                .noneMatch(entity -> entity.getJavaType().getName().startsWith("org.axonframework"));
    }

    @Test
    void eventsAreStampedByTheBusinessClock(@Autowired Clock clock) {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        // Axon's own default is the system clock in UTC; the node's stamping clock reads the business clock
        assertThat(GenericEventMessage.clock.getZone()).isEqualTo(clock.getZone());
        assertThat(Duration.between(clock.instant(), GenericEventMessage.clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(1));
    }

    private int eventCount(String parcelId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, parcelId);
    }
}
