package org.parcelwatch.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;

/**
 * The role column of DESIGN §4, checked request by request: each command endpoint refuses every role not in
 * its row (403 FORBIDDEN, nothing stored), anonymous callers and wrong passwords get 401 UNAUTHENTICATED, reads
 * are open to every role, audit and admin paths to theirs only, health, metrics scraping and the API documentation
 * to anyone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessTest extends ApiTestSupport {

    static final List<String> USERS = List.of("desk", "patrol", "brigade", "auditor", "admin");

    /** The DESIGN §4 table, written out again so that the test does not just read ApiAccess back. */
    static Stream<Arguments> commandEndpoints() {
        return Stream.of(
                Arguments.of("/payments", Set.of("desk")),
                Arguments.of("/handover", Set.of("desk")),
                Arguments.of("/extensions", Set.of("desk")),
                Arguments.of("/notices/{notice}/delivery", Set.of("desk")),
                Arguments.of("/termination", Set.of("desk")),
                Arguments.of("/start", Set.of("patrol")),
                Arguments.of("/completion", Set.of("patrol")),
                Arguments.of("/patrols", Set.of("patrol")),
                Arguments.of("/idle/verification", Set.of("patrol")),
                Arguments.of("/breach-findings", Set.of("patrol", "brigade")),
                Arguments.of("/idle/determination", Set.of("brigade")),
                Arguments.of("/idle/disposal", Set.of("brigade")),
                Arguments.of("/idle/hearing-notice", Set.of("brigade")),
                Arguments.of("/idle/hearing", Set.of("brigade")));
    }

    private String parcel;

    @BeforeAll
    void registerOne() throws Exception {
        parcel = registerSample();
    }

    @ParameterizedTest(name = "{0} only for {1}")
    @MethodSource("commandEndpoints")
    void commandEndpointsRefuseEveryOtherRole(String path, Set<String> allowed) throws Exception {
        String uri = "/api/v1/parcels/" + parcel + path.replace("{notice}", parcel + "-CJ-01");
        int before = eventCount(parcel);
        for (String user : USERS) {
            var result = postAs(user, uri, "{}");
            if (allowed.contains(user)) {
                // past security: the empty body fails validation
                expectProblem(result, 400, "VALIDATION_FAILED");
            } else {
                expectProblem(result, 403, "FORBIDDEN");
            }
        }
        expectProblem(mvc.perform(json(post(uri), "{}")), 401, "UNAUTHENTICATED");
        mvc.perform(json(post(uri), "{}")).andExpect(header().string("WWW-Authenticate", "Basic realm=\"parcelwatch\""));
        expectProblem(mvc.perform(json(post(uri), "{}").with(httpBasic("desk", "wrong"))), 401, "UNAUTHENTICATED");
        // an unknown name of its own per endpoint: twelve failures of one name within minutes would be throttled (429)
        String nobody = "nobody" + path.replaceAll("[^a-z]", "-");
        expectProblem(mvc.perform(json(post(uri), "{}").with(httpBasic(nobody, nobody))), 401, "UNAUTHENTICATED");
        assertThat(eventCount(parcel)).isEqualTo(before);
    }

    @Test
    void onlyTheDeskRegisters() throws Exception {
        for (String user : List.of("patrol", "brigade", "auditor", "admin")) {
            expectProblem(postAs(user, "/api/v1/parcels", "{}"), 403, "FORBIDDEN");
        }
        expectProblem(mvc.perform(json(post("/api/v1/parcels"), "{}")), 401, "UNAUTHENTICATED");
    }

    @Test
    void everyRoleReadsAndNobodyAnonymously() throws Exception {
        List<String> reads = List.of("/api/v1/parcels", "/api/v1/parcels/" + parcel, "/api/v1/worklist",
                "/api/v1/notices", "/api/v1/idle-referrals", "/api/v1/indicators?year=2024");
        for (String path : reads) {
            for (String user : USERS) {
                getAs(user, path).andExpect(status().isOk());
            }
            expectProblem(mvc.perform(get(path)), 401, "UNAUTHENTICATED");
        }
    }

    @Test
    void auditAndAdminPathsAreForTheirRolesOnly() throws Exception {
        for (String path : List.of("/api/v1/parcels/" + parcel + "/history", "/api/v1/parcels/" + parcel + "/state",
                "/api/v1/audit/integrity", "/api/v1/audit/compliance")) {
            for (String user : List.of("desk", "patrol", "brigade")) {
                expectProblem(getAs(user, path), 403, "FORBIDDEN");
            }
            for (String user : List.of("auditor", "admin")) {
                assertThat(getAs(user, path).andReturn().getResponse().getStatus()).as(user + " " + path).isNotIn(401, 403);
            }
        }
        for (String user : List.of("desk", "patrol", "brigade", "auditor")) {
            expectProblem(postAs(user, "/api/v1/admin/sweeps", "{}"), 403, "FORBIDDEN");
            expectProblem(mvc.perform(json(put("/api/v1/admin/clock"), "{\"today\": \"2030-01-01\"}").with(as(user))),
                    403, "FORBIDDEN");
            expectProblem(postAs(user, "/api/v1/admin/projections/parcel-ledger/replay", "{}"), 403, "FORBIDDEN");
        }
        assertThat(getAs("admin", "/api/v1/admin/projections/parcel-ledger/replay").andReturn().getResponse().getStatus())
                .isNotIn(401, 403);
    }

    @Test
    void writesWithoutARowInTheTableAreRefused() throws Exception {
        // still refused; with no handler for the method either, the refusal says so (issue 19 item 8): 405, not 403
        expectProblem(mvc.perform(json(put("/api/v1/parcels/" + parcel), "{}").with(as("admin"))), 405, "METHOD_NOT_ALLOWED");
        expectProblem(postAs("desk", "/api/v1/worklist", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void theSecurityChainLooksUpNoSpringMvcHandlerOfItsOwn(@Autowired ApplicationContext context) {
        Object chain = context.getBean(SingleHandlerLookup.CHAIN);
        assertThat(chain).isInstanceOf(FilterChainProxy.class);
        assertThat(chain.getClass().getName()).isNotEqualTo(SingleHandlerLookup.WRAPPER);
        // and Spring MVC's own lookup skips the mappings whose literal path start differs
        assertThat(context.getBean("requestMappingHandlerMapping"))
                .isInstanceOf(org.parcelwatch.api.web.mvc.LiteralPrefixHandlerMapping.class);
    }

    @Test
    void aRequestIsTimedAsAWholeNotFilterByFilter(@Autowired MeterRegistry meters) throws Exception {
        getAs("patrol", "/api/v1/parcels/" + parcel).andExpect(status().isOk());
        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/parcels/{parcelId}").timers()).isNotEmpty();
        assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
        assertThat(meters.find("spring.security.authentications").meters()).isEmpty();
        assertThat(meters.find("http.server.requests.active").meters()).isEmpty();
    }

    @Test
    void healthScrapingAndTheApiDocumentationAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getStatus()).isIn(200, 302);
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        expectProblem(mvc.perform(get("/actuator/metrics")), 401, "UNAUTHENTICATED");
        expectProblem(getAs("desk", "/actuator/metrics"), 403, "FORBIDDEN");
        getAs("admin", "/actuator/metrics").andExpect(status().isOk());
    }
}
