package org.parcelwatch.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who may log in, from configuration alone: the checks that keep a production node from starting unsafe. */
class ApiUsersTest {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("s3cret");
    private static final ApiSecurityProperties.Jwt NO_JWT = new ApiSecurityProperties.Jwt(false, "roles", "preferred_username");

    @Test
    void withoutUsersOrJwtTheApplicationDoesNotStart() {
        ApiSecurityProperties none = new ApiSecurityProperties(false, List.of(), NO_JWT);
        assertThatThrownBy(() -> new ApiSecurityConfiguration().apiUserDetailsService(none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No API users are configured")
                .hasMessageContaining("parcelwatch.security.users[n]");
        ApiSecurityProperties jwtOnly = new ApiSecurityProperties(false, List.of(),
                new ApiSecurityProperties.Jwt(true, "roles", "preferred_username"));
        assertThat(new ApiSecurityConfiguration().apiUserDetailsService(jwtOnly).userExists("desk")).isFalse();
    }

    @Test
    void configuredUsersNeedBcryptHashesAndKnownRoles() {
        List<UserDetails> users = ApiUsers.from(props(new ApiSecurityProperties.User("zhang", HASH, List.of("desk", "ROLE_BRIGADE")),
                new ApiSecurityProperties.User("li", "{bcrypt}" + HASH, List.of("AUDITOR"))));
        assertThat(users).extracting(UserDetails::getUsername).containsExactly("zhang", "li");
        assertThat(users.get(0).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_DESK", "ROLE_BRIGADE");
        assertThat(users.get(0).getPassword()).isEqualTo("{bcrypt}" + HASH);
        assertThat(users.get(1).getPassword()).isEqualTo("{bcrypt}" + HASH);

        assertThatThrownBy(() -> ApiUsers.from(props(new ApiSecurityProperties.User("zhang", "s3cret", List.of("DESK")))))
                .hasMessageContaining("parcelwatch.security.users[0].password-hash").hasMessageContaining("bcrypt");
        assertThatThrownBy(() -> ApiUsers.from(props(new ApiSecurityProperties.User("zhang", "{noop}s3cret", List.of("DESK")))))
                .hasMessageContaining("bcrypt");
        assertThatThrownBy(() -> ApiUsers.from(props(new ApiSecurityProperties.User("zhang", HASH, List.of("MAYOR")))))
                .hasMessageContaining("unknown role 'MAYOR'");
        assertThatThrownBy(() -> ApiUsers.from(props(new ApiSecurityProperties.User("zhang", HASH, List.of()))))
                .hasMessageContaining("roles");
        assertThatThrownBy(() -> ApiUsers.from(props(new ApiSecurityProperties.User(" ", HASH, List.of("DESK")))))
                .hasMessageContaining(".name");
        assertThatThrownBy(() -> ApiUsers.from(props(new ApiSecurityProperties.User("a", HASH, List.of("DESK")),
                new ApiSecurityProperties.User("a", HASH, List.of("ADMIN"))))).hasMessageContaining("twice");
    }

    @Test
    void demoUsersOnlyWhenAskedFor() {
        assertThat(ApiUsers.from(new ApiSecurityProperties(true, List.of(), NO_JWT)))
                .extracting(UserDetails::getUsername).containsExactly("desk", "patrol", "brigade", "auditor", "admin");
        assertThat(ApiUsers.from(new ApiSecurityProperties(false, List.of(), NO_JWT))).isEmpty();
    }

    @Test
    void jwtRolesComeFromTheRolesClaimAndTheUserFromItsName() {
        var converter = ApiSecurityConfiguration.jwtConverter(new ApiSecurityProperties.Jwt(true, "roles", "preferred_username"));
        var token = converter.convert(jwt(Map.of("sub", "u-1", "preferred_username", "zhang",
                "roles", List.of("PATROL", "ROLE_BRIGADE", "mayor"))));
        assertThat(token.getName()).isEqualTo("zhang");
        assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PATROL", "ROLE_BRIGADE");
        var bySubject = converter.convert(jwt(Map.of("sub", "u-2", "roles", "DESK AUDITOR")));
        assertThat(bySubject.getName()).isEqualTo("u-2");
        assertThat(bySubject.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_DESK", "ROLE_AUDITOR");
    }

    private static ApiSecurityProperties props(ApiSecurityProperties.User... users) {
        return new ApiSecurityProperties(false, List.of(users), NO_JWT);
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }
}
