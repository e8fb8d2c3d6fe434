package org.parcelwatch.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The throttle's rule on its own, with a clock the test moves: 3 failures a name, 5 an address, 5 minutes. */
class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T02:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 5, Duration.ofMinutes(5), Duration.ofMinutes(10), 100), meters, now::get);

    private void later(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Test
    void aNameIsLockedAtItsLimitForTheLockout() {
        throttle.failed("zhang", "10.0.0.1");
        throttle.failed("zhang", "10.0.0.2");
        assertThatCode(() -> throttle.check("zhang", "10.0.0.3")).doesNotThrowAnyException();
        throttle.failed("zhang", "10.0.0.3");
        assertThatThrownBy(() -> throttle.check("zhang", "10.0.0.4")).isInstanceOfSatisfying(LoginThrottledException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(600));
        later(Duration.ofMinutes(9).plusSeconds(59).plusMillis(1));
        assertThatThrownBy(() -> throttle.check("zhang", null)).isInstanceOfSatisfying(LoginThrottledException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        later(Duration.ofMillis(999));
        assertThatCode(() -> throttle.check("zhang", null)).doesNotThrowAnyException();
        // open again, and counting from nothing
        throttle.failed("zhang", null);
        throttle.failed("zhang", null);
        assertThatCode(() -> throttle.check("zhang", null)).doesNotThrowAnyException();
    }

    @Test
    void namesAreComparedAsTheUserStoreComparesThem() {
        throttle.failed("Zhang", null);
        throttle.failed("ZHANG", null);
        throttle.failed("zhang", null);
        assertThatThrownBy(() -> throttle.check("zHaNg", null)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        throttle.failed("li", null);
        throttle.failed("li", null);
        later(Duration.ofMinutes(5));
        throttle.failed("li", null);
        throttle.failed("li", null);
        assertThatCode(() -> throttle.check("li", null)).doesNotThrowAnyException();
    }

    @Test
    void aSuccessForgivesItsNameButNotItsAddress() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("wang", "10.0.0.9");
            throttle.failed("wang", "10.0.0.9");
            throttle.succeeded("WANG");
        }
        assertThatCode(() -> throttle.check("wang", null)).doesNotThrowAnyException();
        throttle.failed("wang", "10.0.0.9");
        assertThatThrownBy(() -> throttle.check("zhao", "10.0.0.9")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void anAddressIsLockedAcrossNamesAndOnlyItself() {
        for (int i = 0; i < 5; i++) {
            assertThatCode(() -> throttle.check("guess", "10.0.1.1")).doesNotThrowAnyException();
            throttle.failed("guess-" + i, "10.0.1.1");
        }
        assertThatThrownBy(() -> throttle.check("someone-else", "10.0.1.1")).isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> throttle.check("someone-else", "10.0.1.2")).doesNotThrowAnyException();
    }

    @Test
    void whenBothAreLockedTheLaterOpeningIsTheAnswer() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("chen", "10.0.2.1");
        }
        later(Duration.ofMinutes(4));
        throttle.failed("other-1", "10.0.2.1");
        throttle.failed("other-2", "10.0.2.1");
        assertThatThrownBy(() -> throttle.check("chen", "10.0.2.1")).isInstanceOfSatisfying(LoginThrottledException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> throttle.check("chen", "10.0.2.2")).isInstanceOfSatisfying(LoginThrottledException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(6)));
    }

    @Test
    void failuresAndRefusalsAreCounted() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("sun", "10.0.3.1");
        }
        assertThatThrownBy(() -> throttle.check("sun", "10.0.3.2")).isInstanceOf(LoginThrottledException.class);
        assertThat(meters.get("parcelwatch.security.login.failures").counter().count()).isEqualTo(3);
        assertThat(meters.get("parcelwatch.security.login.throttled").tag("by", "name").counter().count()).isEqualTo(1);
        assertThat(meters.get("parcelwatch.security.login.throttled").tag("by", "address").counter().count()).isZero();
    }

    /** Made-up names cannot fill the memory, and a lock is not what gets forgotten to make room. */
    @Test
    void manyNamesAreForgottenOldestFirstButNotTheLocked() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("target", null);
        }
        for (int i = 0; i < 1_000; i++) {
            later(Duration.ofMillis(1));
            throttle.failed("made-up-" + i, null);
        }
        assertThatThrownBy(() -> throttle.check("target", null)).isInstanceOf(LoginThrottledException.class);
        assertThat(throttle.trackedNames()).isLessThanOrEqualTo(100);
    }
}
