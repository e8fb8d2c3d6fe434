package org.parcelwatch.api.web.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before its password was checked: its user name or client address had too many failures
 * ({@link LoginThrottle}). Whoever answers the failed login (the Basic entry point, a login form's failure handler)
 * answers it with {@link LoginThrottleAnswer}.
 */
public class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** How long until a login may be tried again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, at least one: the {@code Retry-After} header's value. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
