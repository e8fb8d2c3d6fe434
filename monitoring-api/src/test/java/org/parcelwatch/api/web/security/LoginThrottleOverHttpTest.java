package org.parcelwatch.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed-login throttling over HTTP (issue 19, item 7), with small limits (3 failures a name, 6 an address, in 5
 * minutes, then 5 minutes locked) and a clock the test moves: the failure past the limit is 429
 * {@code TOO_MANY_LOGIN_ATTEMPTS} with {@code Retry-After}; the right password does not open a locked name; an unknown
 * name gets exactly the answers a known one gets; an address is locked across names; the lock opens when its time is
 * up. Each test has its own names and client addresses, so none depends on another's locks.
 */
@EmbeddedDefaultTest(properties = {
        "parcelwatch.security.login-throttle.max-failures-per-name=3",
        "parcelwatch.security.login-throttle.max-failures-per-address=6",
        "parcelwatch.security.login-throttle.window=5m",
        "parcelwatch.security.login-throttle.lockout=5m"})
class LoginThrottleOverHttpTest {

    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-30T02:00:00Z"));

    @TestBean(name = "loginThrottleTime")
    InstantSource time;

    static InstantSource loginThrottleTime() {
        return NOW::get;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @Test
    void afterTheLimitEvenTheRightPasswordIsRefusedUntilTheLockoutEnds() throws Exception {
        String from = "10.19.7.1";
        for (int i = 0; i < 3; i++) {
            assertThat(login("patrol", "wrong", from).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse locked = login("patrol", "wrong", from);
        assertThrottled(locked, 300);
        assertThrottled(login("patrol", "patrol", from), 300);
        // the name is locked, whatever address it comes from
        assertThrottled(login("patrol", "patrol", "10.19.7.2"), 300);

        NOW.updateAndGet(t -> t.plus(Duration.ofMinutes(2)));
        assertThrottled(login("patrol", "patrol", from), 180);
        NOW.updateAndGet(t -> t.plus(Duration.ofMinutes(3)));
        assertThat(login("patrol", "patrol", from).getStatus()).isEqualTo(200);
    }

    @Test
    void theRightPasswordClearsTheNamesFailures() throws Exception {
        String from = "10.19.8.1";
        for (int round = 0; round < 2; round++) {
            assertThat(login("brigade", "wrong", from).getStatus()).isEqualTo(401);
            assertThat(login("brigade", "wrong", from).getStatus()).isEqualTo(401);
            assertThat(login("brigade", "brigade", from).getStatus()).isEqualTo(200);
        }
        // the address keeps counting: four failures so far, two more lock it
        assertThat(login("brigade", "wrong", from).getStatus()).isEqualTo(401);
        assertThat(login("brigade-2", "wrong", from).getStatus()).isEqualTo(401);
        assertThrottled(login("brigade", "brigade", from), 300);
    }

    /** Nothing in the answers, their order or their timing of locks tells whether a name exists. */
    @Test
    void anUnknownNameGetsTheAnswersAKnownNameGets() throws Exception {
        List<String> known = answers("auditor", "10.19.9.1");
        List<String> unknown = answers("no-such-user", "10.19.9.2");
        assertThat(unknown).isEqualTo(known);
        assertThat(known).hasSize(5);
        assertThat(known.get(0)).startsWith("401 ");
        assertThat(known.get(3)).startsWith("429 ");
    }

    @Test
    void anAddressIsLockedAcrossNames() throws Exception {
        String from = "10.19.10.1";
        for (int i = 0; i < 6; i++) {
            assertThat(login("guess-" + i, "wrong", from).getStatus()).as("failure " + (i + 1)).isEqualTo(401);
        }
        assertThrottled(login("guess-6", "wrong", from), 300);
        assertThrottled(login("admin", "admin", from), 300);
        // the same user from another address is not affected
        assertThat(login("admin", "admin", "10.19.10.2").getStatus()).isEqualTo(200);
    }

    @Test
    void failuresAndRefusalsAreCounted() throws Exception {
        double failures = count("parcelwatch.security.login.failures");
        double throttled = count("parcelwatch.security.login.throttled");
        String from = "10.19.11.1";
        for (int i = 0; i < 3; i++) {
            login("counted", "wrong", from);
        }
        login("counted", "wrong", from);
        login("counted", "counted", from);
        assertThat(count("parcelwatch.security.login.failures")).isEqualTo(failures + 3);
        assertThat(count("parcelwatch.security.login.throttled")).isEqualTo(throttled + 2);
    }

    @Test
    void theAnswerIsInChineseUnlessEnglishIsAskedFor() throws Exception {
        String from = "10.19.12.1";
        for (int i = 0; i < 3; i++) {
            login("desk", "wrong", from);
        }
        String chinese = login("desk", "wrong", from).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String english = mvc.perform(get("/api/v1/parcels").with(httpBasic("desk", "wrong")).with(from(from))
                               .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                            .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(chinese).contains("登录").contains("300");
        assertThat(english).contains("Too many failed logins").contains("300");
    }

    private double count(String meter) {
        return meters.find(meter).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /** Four wrong passwords and then the right one (or, for an unknown name, its name), as status and body. */
    private List<String> answers(String name, String from) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(describe(login(name, "wrong", from)));
        }
        answers.add(describe(login(name, name, from)));
        return answers;
    }

    private static String describe(MockHttpServletResponse response) throws Exception {
        return response.getStatus() + " " + response.getHeader(HttpHeaders.RETRY_AFTER) + " "
                + response.getHeaders(HttpHeaders.WWW_AUTHENTICATE) + " " + response.getContentType() + " "
                + response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse login(String name, String password, String from) throws Exception {
        return mvc.perform(get("/api/v1/parcels").with(httpBasic(name, password)).with(from(from))).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static void assertThrottled(MockHttpServletResponse response, int retryAfterSeconds) throws Exception {
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo(String.valueOf(retryAfterSeconds));
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"code\":\"TOO_MANY_LOGIN_ATTEMPTS\"").contains("\"status\":429");
    }
}
