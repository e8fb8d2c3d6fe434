package org.parcelwatch.api.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.parcelwatch.api.BoundedLru;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and a bcrypt check costs tens of milliseconds of
 * CPU: on two cores that alone caps the API at a few dozen requests a second. A successful check is
 * remembered for a short while under a salted SHA-256 of the credentials (never the password itself),
 * so a desk's next requests cost a hash lookup. A wrong password is never cached; a restart forgets all.
 * At most {@value #MAX_ENTRIES} are kept, the least recently used leaving first.
 */
public class CredentialCache implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final DaoAuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private final byte[] salt = new byte[32];
    private final BoundedLru<String, Entry> entries = new BoundedLru<>(MAX_ENTRIES);

    private record Entry(Authentication authentication, Instant until) {
    }

    public CredentialCache(DaoAuthenticationProvider delegate, Duration ttl) {
        this.delegate = delegate;
        this.ttl = ttl;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (ttl.isZero() || authentication.getCredentials() == null) {
            return delegate.authenticate(authentication);
        }
        String key = key(authentication.getName(), authentication.getCredentials().toString());
        Entry cached = entries.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.authentication();
        }
        Authentication verified = delegate.authenticate(authentication);
        entries.put(key, new Entry(verified, now.plus(ttl)));
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
