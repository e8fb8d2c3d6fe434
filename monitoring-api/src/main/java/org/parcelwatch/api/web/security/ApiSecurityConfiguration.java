package org.parcelwatch.api.web.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.parcelwatch.api.web.error.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.parcelwatch.api.web.error.AllowedMethods;

/**
 * HTTP security of the API (DESIGN §4): stateless HTTP Basic, no CSRF (no cookies, no sessions), roles per
 * {@link ApiAccess}, and 401/403 answered as problem+json; failed logins throttled per name and address
 * ({@link LoginThrottle}, 429). Users come from {@link ApiSecurityProperties}: the
 * demo users in the embedded default profile, configured bcrypt users elsewhere, and optionally JWT bearer
 * tokens whose {@code roles} claim carries the roles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class ApiSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

    static final String REALM = "parcelwatch";

    @Bean
    public SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiSecurityProperties properties,
                                                      ProblemResponses problems, LoginThrottleAnswer throttled,
                                                      AllowedMethods allowedMethods,
                                                      ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        boolean jwt = properties.jwt().enabled();
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof LoginThrottledException refused) {
                throttled.write(request, response, refused);
                return;
            }
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            if (jwt) {
                response.addHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "Authentication is required: HTTP Basic" + (jwt ? " or a bearer token" : "")
                            + (e == null || e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        };
        // The rules deny a method the path has no handler for (ApiAccess: writes need a row); no role could do
        // it, so the answer is the dispatcher's 405, not 403. Still after authentication: 401 comes first.
        AccessDeniedHandler forbidden = (request, response, e) -> {
            if (allowedMethods.refuses(request)) {
                allowedMethods.answer(request, response);
                return;
            }
            problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not "
                    + request.getMethod() + " " + request.getRequestURI());
        };

        http.csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
            .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
            .authorizeHttpRequests(ApiAccess::configure);
        if (jwt) {
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("parcelwatch.security.jwt.enabled=true needs a token issuer: set "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri)");
            }
            Converter<Jwt, AbstractAuthenticationToken> converter = jwtConverter(properties.jwt());
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter))
                                            .authenticationEntryPoint(unauthenticated)
                                            .accessDeniedHandler(forbidden));
        }
        return http.build();
    }

    /** The security filter chain without the second Spring MVC handler lookup per request (see the class). */
    @Bean
    static SingleHandlerLookup singleHandlerLookup() {
        return new SingleHandlerLookup();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization: on every request
     * they cost as much CPU as the filters they time, and nothing reads them. Requests stay timed as a whole
     * ({@code http.server.requests}), refusals included.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * A URL the firewall refuses (encoded slashes, percent signs, dot segments…) is a problem too, not a bare
     * status: 400 MALFORMED_REQUEST. A method it does not know ({@code BREW}) is 405 METHOD_NOT_ALLOWED, as the
     * dispatcher answers a known method the path does not take.
     */
    @Bean
    public RequestRejectedHandler problemRequestRejectedHandler(ProblemResponses problems, AllowedMethods allowedMethods) {
        return (request, response, e) -> {
            if (!FIREWALL_METHODS.contains(request.getMethod())) {
                allowedMethods.answer(request, response);
                return;
            }
            problems.write(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                    "The request URL is not acceptable");
        };
    }

    /** The methods Spring Security's StrictHttpFirewall lets through by default; it rejects any other. */
    static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    @Bean
    public InMemoryUserDetailsManager apiUserDetailsService(ApiSecurityProperties properties) {
        List<UserDetails> users = ApiUsers.from(properties);
        if (users.isEmpty() && !properties.jwt().enabled()) {
            throw new IllegalStateException("No API users are configured. Give each user parcelwatch.security.users[n]"
                    + ".name, .password-hash (bcrypt) and .roles (DESK, PATROL, BRIGADE, AUDITOR, ADMIN), or enable "
                    + "parcelwatch.security.jwt.enabled=true with an issuer; see README, section API");
        }
        if (properties.demoUsers()) {
            log.warn("Demo users {} are active, each with its name as password: for the embedded demo only",
                    ApiUsers.DEMO_NAMES);
        }
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Users and passwords checked by bcrypt, once per {@code parcelwatch.security.credential-cache-ttl}
     * (default 5 minutes, 0 to check every request). Stored hashes are never re-encoded.
     */
    @Bean
    public org.springframework.security.authentication.AuthenticationProvider apiAuthenticationProvider(
            InMemoryUserDetailsManager users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            @org.springframework.beans.factory.annotation.Value("${parcelwatch.security.credential-cache-ttl:5m}")
            java.time.Duration ttl) {
        org.springframework.security.authentication.dao.DaoAuthenticationProvider dao =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(passwordEncoder);
        dao.setUserDetailsService(users);
        return throttle.guard(new CredentialCache(dao, ttl));
    }

    /** Failed-login throttling for every password login (see the class); the answer it gives when it refuses. */
    @Bean
    public LoginThrottle loginThrottle(LoginThrottleProperties settings, MeterRegistry meters,
                                       @Qualifier("loginThrottleTime") InstantSource time) {
        return new LoginThrottle(settings, meters, time);
    }

    @Bean
    public LoginThrottleAnswer loginThrottleAnswer(ProblemResponses problems, MessageSource messages) {
        return new LoginThrottleAnswer(problems, messages);
    }

    /** The wall clock of the throttle: its own bean, not the business clock (which the demo moves), and no Clock. */
    @Bean
    public InstantSource loginThrottleTime() {
        return Instant::now;
    }

    /** Delegating, so a stored {@code {bcrypt}} hash and a demo user's {@code {noop}} password both work. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The user from {@code principalClaim} (else the subject), the roles from {@code rolesClaim}. */
    static Converter<Jwt, AbstractAuthenticationToken> jwtConverter(ApiSecurityProperties.Jwt settings) {
        return token -> {
            String name = token.hasClaim(settings.principalClaim())
                    ? token.getClaimAsString(settings.principalClaim()) : token.getSubject();
            Object claim = token.getClaim(settings.rolesClaim());
            Stream<String> values = claim instanceof Collection<?> list ? list.stream().map(String::valueOf)
                    : claim instanceof String s ? Stream.of(s.split("[\\s,]+"))
                    : Stream.empty();
            List<GrantedAuthority> authorities = values.map(Role::parse).flatMap(java.util.Optional::stream)
                                                       .distinct().sorted()
                                                       .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                                                       .toList();
            return new JwtAuthenticationToken(token, authorities, name == null ? token.getSubject() : name);
        };
    }
}
