package org.parcelwatch.api.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parcelwatch.security.*}: who may log in.
 *
 * @param demoUsers the five demo users {@code desk}, {@code patrol}, {@code brigade}, {@code auditor}, {@code admin},
 *                  each with its name as password; on in the embedded default profile only
 * @param users     configured users with bcrypt password hashes (the {@code postgres} profile's only users)
 * @param jwt       the optional JWT resource-server mode
 */
@ConfigurationProperties("parcelwatch.security")
public record ApiSecurityProperties(@DefaultValue("false") boolean demoUsers,
                                    @DefaultValue List<User> users,
                                    @DefaultValue Jwt jwt) {

    /**
     * @param name         the login name (and the actor recorded in the events)
     * @param passwordHash a bcrypt hash ({@code $2a$…}, optionally prefixed {@code {bcrypt}})
     * @param roles        one or more of DESK, PATROL, BRIGADE, AUDITOR, ADMIN
     */
    public record User(String name, String passwordHash, List<String> roles) {
    }

    /**
     * Bearer tokens as an alternative to HTTP Basic. The decoder comes from Spring Boot's
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}, {@code public-key-location}).
     *
     * @param enabled        accept JWT bearer tokens
     * @param rolesClaim     the claim holding the roles (a list, or a space-separated string)
     * @param principalClaim the claim naming the user; the subject when the token lacks it
     */
    public record Jwt(@DefaultValue("false") boolean enabled,
                      @DefaultValue("roles") String rolesClaim,
                      @DefaultValue("preferred_username") String principalClaim) {
    }
}
