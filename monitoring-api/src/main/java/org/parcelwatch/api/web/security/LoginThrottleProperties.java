package org.parcelwatch.api.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parcelwatch.security.login-throttle.*}: how many failed logins a user name and a client address may have
 * before further logins from them are refused for a while ({@link LoginThrottle}).
 *
 * @param maxFailuresPerName    failures of one user name, within the window, that lock it (known or not: the answer
 *                              must not tell which)
 * @param maxFailuresPerAddress failures from one client address, across names, within the window, that lock it; an
 *                              office behind one NAT address shares it, hence the higher figure
 * @param window                how long a failure counts
 * @param lockout               how long a locked name or address is refused (429 with {@code Retry-After})
 * @param maxTracked            names (and, separately, addresses) remembered at most; past it the oldest unlocked
 *                              ones are forgotten first, so that made-up names cannot fill the memory
 */
@ConfigurationProperties("parcelwatch.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("10") int maxFailuresPerName,
                                      @DefaultValue("100") int maxFailuresPerAddress,
                                      @DefaultValue("5m") Duration window,
                                      @DefaultValue("5m") Duration lockout,
                                      @DefaultValue("10000") int maxTracked) {

    public LoginThrottleProperties {
        if (maxFailuresPerName < 1 || maxFailuresPerAddress < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("parcelwatch.security.login-throttle: max-failures-per-name, "
                    + "max-failures-per-address and max-tracked must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero() || lockout == null || lockout.isNegative()
                || lockout.isZero()) {
            throw new IllegalArgumentException("parcelwatch.security.login-throttle: window and lockout must be positive");
        }
    }
}
