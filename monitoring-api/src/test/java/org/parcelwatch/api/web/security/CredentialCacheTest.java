package org.parcelwatch.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class CredentialCacheTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final String hash = bcrypt.encode("secret");
    private final AtomicInteger lookups = new AtomicInteger();

    private CredentialCache cache(Duration ttl) {
        UserDetailsService users = name -> {
            lookups.incrementAndGet();
            return User.withUsername(name).password(hash).roles("DESK").build();
        };
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(bcrypt);
        dao.setUserDetailsService(users);
        return new CredentialCache(dao, ttl);
    }

    @Test
    void aVerifiedPasswordIsCheckedOnceWithinTheTtl() {
        CredentialCache cache = cache(Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            assertThat(cache.authenticate(new UsernamePasswordAuthenticationToken("desk", "secret")).getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_DESK");
        }
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverCachedNorAcceptedAfterARightOne() {
        CredentialCache cache = cache(Duration.ofMinutes(5));
        cache.authenticate(new UsernamePasswordAuthenticationToken("desk", "secret"));
        assertThatThrownBy(() -> cache.authenticate(new UsernamePasswordAuthenticationToken("desk", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(new UsernamePasswordAuthenticationToken("desk", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(lookups).hasValue(3);
    }

    @Test
    void aZeroTtlChecksEveryRequest() {
        CredentialCache cache = cache(Duration.ZERO);
        cache.authenticate(new UsernamePasswordAuthenticationToken("desk", "secret"));
        cache.authenticate(new UsernamePasswordAuthenticationToken("desk", "secret"));
        assertThat(lookups).hasValue(2);
    }
}
