package org.parcelwatch.api.web.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parcelwatch.monitoring.TypedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed-login throttling (issue 19): a user name with {@code maxFailuresPerName} failures within the window, or a
 * client address with {@code maxFailuresPerAddress} across names, is locked for the lockout: every login with that
 * name or from that address is refused with {@link LoginThrottledException} (429 and {@code Retry-After}) before its
 * password is looked at, so the right password does not open a locked name and a guesser learns nothing more.
 *
 * <p>Failures and successes come from Spring Security's authentication events, so any login path that authenticates
 * through the application's {@code AuthenticationManager} (HTTP Basic, a login form) is counted; the check wraps the
 * password provider ({@link #guard}). Nothing depends on whether the name exists: an unknown name fails, counts and
 * locks exactly as a known one. A success clears its name's failures, not its address's (else one valid account would
 * reset the address between guesses). Names are compared as the user store compares them, ignoring case.
 *
 * <p>The counts live in this node's memory and end with it: on two nodes a guesser gets each node's allowance, and a
 * restart forgets the locks. Bearer tokens are not counted: they are signed, not guessed. Behind a proxy the client
 * address is the proxy's unless {@code server.forward-headers-strategy} is set.
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_NAME_LENGTH = 128;

    private final LoginThrottleProperties settings;
    private final InstantSource time;
    private final Counter failures;
    private final Counter throttledByName;
    private final Counter throttledByAddress;
    private final Map<String, Tally> names = new ConcurrentHashMap<>();
    private final Map<String, Tally> addresses = new ConcurrentHashMap<>();

    /** The failures of one name or address: since when they count, how many, and until when it is locked. */
    private record Tally(Instant since, int failures, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean spentAt(Instant now, Duration window) {
            return lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(since.plus(window));
        }
    }

    public LoginThrottle(LoginThrottleProperties settings, MeterRegistry meters, InstantSource time) {
        this.settings = settings;
        this.time = time;
        this.failures = Counter.builder("parcelwatch.security.login.failures")
                               .description("Failed logins (wrong password or unknown name)").register(meters);
        this.throttledByName = throttled(meters, "name");
        this.throttledByAddress = throttled(meters, "address");
    }

    private static Counter throttled(MeterRegistry meters, String by) {
        return Counter.builder("parcelwatch.security.login.throttled")
                      .description("Logins refused unchecked (429) because their user name or client address is locked")
                      .tag("by", by).register(meters);
    }

    /** The password provider, with the lock checked before it runs. */
    public AuthenticationProvider guard(AuthenticationProvider provider) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                check(authentication.getName(), addressOf(authentication));
                return provider.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }
        };
    }

    /**
     * Refuses a login whose name or address is locked.
     *
     * @throws LoginThrottledException with the time until both are open again
     */
    public void check(String name, String address) {
        Instant now = time.instant();
        Tally byName = name == null ? null : names.get(nameKey(name));
        Tally byAddress = address == null ? null : addresses.get(address);
        boolean nameLocked = byName != null && byName.lockedAt(now);
        boolean addressLocked = byAddress != null && byAddress.lockedAt(now);
        if (!nameLocked && !addressLocked) {
            return;
        }
        Instant until = nameLocked && addressLocked ? later(byName.lockedUntil(), byAddress.lockedUntil())
                : nameLocked ? byName.lockedUntil() : byAddress.lockedUntil();
        (nameLocked ? throttledByName : throttledByAddress).increment();
        throw new LoginThrottledException(Duration.between(now, until));
    }

    /** A login failed: one more for its name and its address. */
    public void failed(String name, String address) {
        failures.increment();
        Instant now = time.instant();
        if (name != null) {
            count(names, nameKey(name), settings.maxFailuresPerName(), now, "user name");
        }
        if (address != null) {
            count(addresses, address, settings.maxFailuresPerAddress(), now, "client address");
        }
    }

    /** A login succeeded: its name's failures are forgiven. */
    public void succeeded(String name) {
        if (name != null) {
            names.remove(nameKey(name));
        }
    }

    /** How many user names have failures or locks remembered. */
    int trackedNames() {
        return names.size();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (!(event.getException() instanceof LoginThrottledException)) {
            failed(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void count(Map<String, Tally> tallies, String key, int max, Instant now, String what) {
        if (!tallies.containsKey(key) && tallies.size() >= settings.maxTracked()) {
            forgetSome(tallies, now);
        }
        boolean[] lockedNow = {false};
        tallies.compute(key, (k, before) -> {
            if (before != null && before.lockedAt(now)) {
                return before;
            }
            Tally current = before == null || before.spentAt(now, settings.window()) ? new Tally(now, 0, null) : before;
            int failed = current.failures() + 1;
            lockedNow[0] = failed >= max;
            return new Tally(current.since(), failed, lockedNow[0] ? now.plus(settings.lockout()) : null);
        });
        if (lockedNow[0]) {
            log.warn("Logins locked for {}: {} '{}' after {} failed logins within {}", settings.lockout(), what,
                    printable(key), max, settings.window());
        }
    }

    /** Makes room: the spent tallies go, then, if still full, the oldest that are not locked. */
    private void forgetSome(Map<String, Tally> tallies, Instant now) {
        tallies.values().removeIf(t -> t.spentAt(now, settings.window()));
        if (tallies.size() >= settings.maxTracked()) {
            // down to nine tenths, so that the next names do not each pay for a sort
            int keep = settings.maxTracked() - settings.maxTracked() / 10 - 1;
            tallies.entrySet().stream().filter(e -> !e.getValue().lockedAt(now))
                   .sorted(Comparator.comparing(e -> e.getValue().since()))
                   .limit(Math.max(1, tallies.size() - keep))
                   .map(Map.Entry::getKey).toList()
                   .forEach(tallies::remove);
        }
    }

    private static String nameKey(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.length() <= MAX_NAME_LENGTH ? key : key.substring(0, MAX_NAME_LENGTH);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A name as typed by anyone: no line breaks or other control characters into the log. */
    private static String printable(String text) {
        return TypedText.printable(text, false, '?');
    }
}
