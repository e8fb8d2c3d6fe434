package org.parcelwatch.api.web.security;

import static org.parcelwatch.api.web.security.Role.ADMIN;
import static org.parcelwatch.api.web.security.Role.AUDITOR;
import static org.parcelwatch.api.web.security.Role.BRIGADE;
import static org.parcelwatch.api.web.security.Role.DESK;
import static org.parcelwatch.api.web.security.Role.PATROL;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: the role column of DESIGN §4, in one table. The security filter chain is built from
 * it, and a command endpoint reads from it which of the caller's roles it acted in (the role that goes
 * into the event's audit metadata). Reads not listed here are open to every authenticated role; writes
 * not listed here are refused, so a new write endpoint must be given its roles here first.
 */
public final class ApiAccess {

    public static final String API = "/api/v1";

    /** One row of the table: a method (null: any) and a path pattern, and the roles allowed. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        Rule(HttpMethod method, String pattern, Role first, Role... more) {
            this(method, pattern, EnumSet.of(first, more));
        }

        RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }

        /**
         * The workbench's page for the same action (web/page): the API path without {@code /api/v1}, so a form posts
         * to {@code /parcels/{id}/payments}, and the phone's photo upload to {@code /evidence}, under the same roles as
         * the API's endpoint. Empty for API-only rows.
         */
        Optional<RequestMatcher> pageMatcher() {
            return pagePattern().map(page -> PathPatternRequestMatcher.withDefaults().matcher(method, page));
        }

        Optional<String> pagePattern() {
            return pattern.startsWith(API + "/parcels") || pattern.startsWith(API + "/admin")
                    || pattern.startsWith(API + "/evidence")
                    || pattern.equals(API + "/complaints")
                    ? Optional.of(pattern.substring(API.length())) : Optional.empty();
        }

        String[] authorities() {
            return roles.stream().map(Role::authority).toArray(String[]::new);
        }
    }

    public static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.POST, API + "/parcels", DESK),
            new Rule(HttpMethod.POST, API + "/parcels/*/payments", DESK),
            new Rule(HttpMethod.POST, API + "/parcels/*/handover", DESK),
            new Rule(HttpMethod.POST, API + "/parcels/*/termination", DESK),
            new Rule(HttpMethod.POST, API + "/parcels/*/extensions", DESK),
            new Rule(HttpMethod.POST, API + "/parcels/*/notices/*/delivery", DESK),
            // any method: the API takes PUT, the workbench's form (which can only POST) the same path under /parcels
            new Rule(null, API + "/parcels/*/officer", DESK),
            new Rule(HttpMethod.POST, API + "/complaints", DESK),
            new Rule(HttpMethod.POST, API + "/complaints/*/outcome", DESK, PATROL),
            new Rule(HttpMethod.PUT, API + "/complaints/*/officer", DESK),
            new Rule(HttpMethod.GET, API + "/complaints/*/history", AUDITOR, ADMIN),
            new Rule(HttpMethod.POST, API + "/parcels/*/start", PATROL),
            new Rule(HttpMethod.POST, API + "/parcels/*/completion", PATROL),
            new Rule(HttpMethod.POST, API + "/parcels/*/patrols", PATROL),
            new Rule(HttpMethod.POST, API + "/parcels/*/idle/verification", PATROL),
            new Rule(HttpMethod.POST, API + "/evidence", PATROL),
            new Rule(HttpMethod.POST, API + "/parcels/*/breach-findings", PATROL, BRIGADE),
            new Rule(HttpMethod.POST, API + "/parcels/*/idle/determination", BRIGADE),
            new Rule(HttpMethod.POST, API + "/parcels/*/idle/disposal", BRIGADE),
            new Rule(HttpMethod.POST, API + "/parcels/*/idle/hearing-notice", BRIGADE),
            new Rule(HttpMethod.POST, API + "/parcels/*/idle/hearing", BRIGADE),
            new Rule(HttpMethod.GET, API + "/parcels/*/history", AUDITOR, ADMIN),
            new Rule(HttpMethod.GET, API + "/parcels/*/state", AUDITOR, ADMIN),
            new Rule(null, API + "/audit/**", AUDITOR, ADMIN),
            new Rule(null, API + "/admin/**", ADMIN));

    /** Paths open to anyone: health and metrics scraping, and the API documentation. */
    public static final List<String> OPEN = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
            "/error");

    private ApiAccess() {
    }

    static void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        for (String open : OPEN) {
            registry.requestMatchers(paths.matcher(open)).permitAll();
        }
        for (Rule rule : RULES) {
            registry.requestMatchers(rule.matcher()).hasAnyAuthority(rule.authorities());
        }
        registry.requestMatchers(paths.matcher(HttpMethod.GET, API + "/**")).authenticated()
                .requestMatchers(paths.matcher(HttpMethod.HEAD, API + "/**")).authenticated()
                // a write with no row in the table is refused until it is given its roles
                .requestMatchers(paths.matcher(API + "/**")).denyAll()
                .requestMatchers(paths.matcher("/actuator/**")).hasAuthority(ADMIN.authority())
                .anyRequest().authenticated();
    }

    /** The table row that governs a request, if any: an API call or the workbench page that mirrors it. */
    public static Optional<Rule> ruleFor(HttpServletRequest request) {
        for (int i = 0; i < RULES.size(); i++) {
            if (MATCHERS.get(i).matches(request) || PAGE_MATCHERS.get(i).map(page -> page.matches(request)).orElse(false)) {
                return Optional.of(RULES.get(i));
            }
        }
        return Optional.empty();
    }

    /** The workbench pages' rows of the table: each API row that has a page, under the same roles. */
    static void configurePages(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (Rule rule : RULES) {
            rule.pageMatcher().ifPresent(page -> registry.requestMatchers(page).hasAnyAuthority(rule.authorities()));
        }
    }

    /**
     * Whether a caller with these roles may send {@code method} to the API path {@code apiPath} (a concrete path,
     * {@code /api/v1/parcels/X/payments}): the workbench shows a form only when this holds.
     */
    public static boolean allows(Authentication authentication, HttpMethod method, String apiPath) {
        List<Role> held = ApiUser.rolesOf(authentication);
        PathContainer path = PathContainer.parsePath(apiPath);
        for (int i = 0; i < RULES.size(); i++) {
            Rule rule = RULES.get(i);
            if ((rule.method() == null || rule.method() == method) && PATTERNS.get(i).matches(path)) {
                return held.stream().anyMatch(rule.roles()::contains);
            }
        }
        return method == HttpMethod.GET && !held.isEmpty();
    }

    /**
     * {@link #RULES}' patterns and request matchers, parsed once: the workbench's parcel page asks {@link #allows} for
     * each of its forms, and parsing the table anew for each was a few hundred pattern parses per page.
     */
    private static final List<PathPattern> PATTERNS =
            RULES.stream().map(rule -> PathPatternParser.defaultInstance.parse(rule.pattern())).toList();
    private static final List<RequestMatcher> MATCHERS = RULES.stream().map(Rule::matcher).toList();
    private static final List<Optional<RequestMatcher>> PAGE_MATCHERS = RULES.stream().map(Rule::pageMatcher).toList();

    /**
     * The role the caller acts in on this request: the first of their roles that the request's rule allows
     * (in the order of {@link Role}); for a request no rule restricts, their first role.
     */
    public static String actingRole(HttpServletRequest request, Authentication authentication) {
        List<Role> held = ApiUser.rolesOf(authentication);
        Set<Role> allowed = ruleFor(request).map(Rule::roles).orElse(EnumSet.allOf(Role.class));
        return held.stream().filter(allowed::contains).findFirst()
                   .or(() -> held.stream().findFirst())
                   .map(Role::name)
                   .orElse("NONE");
    }
}
