package org.parcelwatch.api.web.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** An authenticated caller: the name and the Parcelwatch roles that go into the audit metadata. */
public record ApiUser(String name, List<Role> roles) {

    /** The Parcelwatch roles among the authentication's authorities, in the order of {@link Role}. */
    public static List<Role> rolesOf(Authentication authentication) {
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream()
                             .map(GrantedAuthority::getAuthority)
                             .filter(Objects::nonNull)
                             .filter(a -> a.startsWith(Role.AUTHORITY_PREFIX))
                             .map(Role::parse)
                             .flatMap(java.util.Optional::stream)
                             .distinct()
                             .sorted()
                             .toList();
    }
}
