package org.parcelwatch.api.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the desk workbench (web/page, DESIGN §6.4): a login form with a session cookie and CSRF tokens, for the
 * pages only. It is a second filter chain, ordered before the API's, that claims the page paths; {@code /api/**} and
 * everything else stay with {@link ApiSecurityConfiguration} (stateless Basic/JWT, 401 problem JSON). Both chains
 * authenticate through the same users and the same throttled password provider, so a guesser gets the same
 * allowance through the form as through Basic, and a throttled login is answered 429 here too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WorkbenchSecurityConfiguration {

    /** The paths the workbench owns; the API's table (ApiAccess) gives the roles of the pages that mirror it. */
    static final List<String> PAGES = List.of("/", "/login", "/logout", "/forbidden", "/parcels", "/parcels/**",
            "/parcels.csv", "/parcels.xlsx", "/notices", "/notices/**", "/idle-referrals", "/indicators", "/admin", "/admin/**",
            "/evidence", "/evidence/**",
            "/complaints",
            "/css/**", "/js/**", "/webjars/**", "/favicon.ico");

    static final List<String> OPEN = List.of("/login", "/forbidden", "/css/**", "/js/**", "/webjars/**", "/favicon.ico");

    /** The request attribute the login page reads to say that the login was refused unchecked (429). */
    public static final String THROTTLED = "parcelwatch.login.throttled";

    @Bean
    @Order(1)
    public SecurityFilterChain workbenchSecurityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // An API call (most requests) is told apart by one pattern instead of trying each of the pages' in turn.
        RequestMatcher pages = new AndRequestMatcher(new NegatedRequestMatcher(paths.matcher(ApiAccess.API + "/**")),
                new OrRequestMatcher(PAGES.stream().map(p -> (RequestMatcher) paths.matcher(p)).toList()));
        http.securityMatcher(pages)
            .formLogin(form -> form.loginPage("/login").usernameParameter("username").passwordParameter("password")
                                   .defaultSuccessUrl("/", false).failureHandler(failures()).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
            .authorizeHttpRequests(registry -> {
                for (String open : OPEN) {
                    registry.requestMatchers(paths.matcher(open)).permitAll();
                }
                ApiAccess.configurePages(registry);
                registry.anyRequest().authenticated();
            });
        return http.build();
    }

    /**
     * A wrong password goes back to the form; a throttled login is shown the form again with 429 and
     * {@code Retry-After}, as the API answers it.
     */
    private static AuthenticationFailureHandler failures() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException e) -> {
            if (e instanceof LoginThrottledException refused) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
                request.setAttribute(THROTTLED, refused.retryAfterSeconds());
                request.getRequestDispatcher("/login").forward(request, response);
                return;
            }
            wrong.onAuthenticationFailure(request, response, e);
        };
    }
}
