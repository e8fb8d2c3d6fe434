package org.parcelwatch.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.parcelwatch.projections.ProjectionAdmin;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API tests on the embedded default profile (H2 in a fresh directory under target/), all sharing one
 * application context, with MockMvc and a real Tomcat on a random port: the demo users, plus configured bcrypt users
 * {@code lead} with the roles DESK and BRIGADE and {@code chief} with every role. Every test registers parcels of its own ({@link SampleParcels#nextParcelId()}).
 */
@EmbeddedDefaultTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    protected static final Duration CATCH_UP = Duration.ofSeconds(30);
    protected static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    protected static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @DynamicPropertySource
    static void leadUser(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder(4).encode("lead");
        registry.add("parcelwatch.security.users[0].name", () -> "lead");
        registry.add("parcelwatch.security.users[0].password-hash", () -> hash);
        registry.add("parcelwatch.security.users[0].roles", () -> "BRIGADE,DESK");
        // chief holds every role: what it is refused, no role may do
        registry.add("parcelwatch.security.users[1].name", () -> "chief");
        registry.add("parcelwatch.security.users[1].password-hash", () -> new BCryptPasswordEncoder(4).encode("chief"));
        registry.add("parcelwatch.security.users[1].roles", () -> "DESK,PATROL,BRIGADE,AUDITOR,ADMIN");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected ProjectionAdmin projections;
    @Autowired
    protected org.parcelwatch.api.store.axon.ClusterProjectionProgress cluster;

    protected static RequestPostProcessor as(String user) {
        return httpBasic(user, user);
    }

    protected static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Registers the DESIGN §4 sample as the desk and returns its id. */
    protected String registerSample() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(parcelId)).andExpect(status().isCreated());
        return parcelId;
    }

    /** Registers an allocation (划拨): no price, no installments, the sample's dates. */
    protected String registerAllocation() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        String body = SampleParcels.registrationJson(parcelId)
                .replace("\"LISTING\"", "\"ALLOCATION\"")
                .replace("\"totalPrice\": 12345678.00", "\"totalPrice\": 0")
                .replaceAll("\"installments\": \\[[^\\]]*\\],", "\"installments\": [],");
        register(body).andExpect(status().isCreated());
        return parcelId;
    }

    /** The sample parcel pays its whole price on 2024-02-20 and is handed over on 2024-04-01. */
    protected void payInFullAndHandOver(String parcelId) throws Exception {
        postAs("desk", "/api/v1/parcels/" + parcelId + "/payments",
                "{\"amount\": 12345678.00, \"paidOn\": \"2024-02-20\", \"receiptNo\": \"R-all\"}").andExpect(status().isOk());
        postAs("desk", "/api/v1/parcels/" + parcelId + "/handover", "{\"handedOverOn\": \"2024-04-01\"}").andExpect(status().isOk());
    }

    /**
     * The sample parcel is handed over on 2024-04-05 (its start and idle rules act only then, issue 13) and never pays
     * or starts: the sweeps of 2024-06-01, 06-02, 10-02 and 2025-10-02 urge it, miss its start and suspect it idle.
     */
    protected void defaultUntilSuspectedIdle(String parcelId) throws Exception {
        postAs("desk", "/api/v1/parcels/" + parcelId + "/handover", "{\"handedOverOn\": \"2024-04-05\"}")
                .andExpect(status().isOk());
        for (String day : java.util.List.of("2024-06-01", "2024-06-02", "2024-10-02", "2025-10-02")) {
            commands.sendAndWait(new org.parcelwatch.monitoring.sweep.CheckDuePoints(parcelId, LocalDate.parse(day)),
                    org.parcelwatch.monitoring.audit.AuditMetadata.sweep());
        }
    }

    /**
     * Registers in history mode ({@code enteringHistory=true}, issue 20): the tests walk the parcel's past after it,
     * payments and sweeps on their own days, so the registration checks nothing at once.
     */
    protected ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/v1/parcels").queryParam("enteringHistory", "true").with(as("desk")).contentType(JSON)
                                                  .content(body));
    }

    /** POSTs a JSON body as the given user. */
    protected ResultActions postAs(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(user)).contentType(JSON).content(body));
    }

    /**
     * The hearing step before a fee or recovery decision (DESIGN §6.2), as the brigade and the desk record it: the
     * {@code serial}-th hearing-rights notice issued for {@code intendedDecision} on {@code on}, delivered that day, and
     * the land user's written waiver of that day, so that the decision may follow the same day.
     */
    protected void hearingWaived(String parcelId, String intendedDecision, String on, int serial) throws Exception {
        String base = "/api/v1/parcels/" + parcelId;
        postAs("brigade", base + "/idle/hearing-notice", """
                { "issuedOn": "%s", "intendedDecision": "%s" }""".formatted(on, intendedDecision))
                .andExpect(status().isOk());
        postAs("desk", base + "/notices/%s-TZGZ-%02d/delivery".formatted(parcelId, serial), """
                { "deliveredOn": "%s", "receivedBy": "the land user's office" }""".formatted(on)).andExpect(status().isOk());
        postAs("brigade", base + "/idle/hearing", """
                { "waived": true, "requestedOn": "%s" }""".formatted(on)).andExpect(status().isOk());
    }

    protected ResultActions getAs(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user)));
    }

    protected static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(JSON).content(body);
    }

    /** Asserts a problem answer with the given status and code. */
    protected static void expectProblem(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
              .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
              .andExpect(jsonPath("$.code").value(code))
              .andExpect(jsonPath("$.status").value(status));
    }

    protected int eventCount(String parcelId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, parcelId);
    }

    /** Every segment of every projection past the store's head, claimed by this node yet or not. */
    protected void awaitProjections() {
        await().atMost(CATCH_UP).untilAsserted(() -> ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(cluster.standing(group).caughtUp()).as(group + " caught up: " + cluster.standing(group)).isTrue()));
    }
}
