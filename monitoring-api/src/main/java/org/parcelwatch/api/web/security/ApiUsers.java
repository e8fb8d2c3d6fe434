package org.parcelwatch.api.web.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** Turns {@link ApiSecurityProperties} into login users, refusing a configuration that would be unsafe or unusable. */
final class ApiUsers {

    static final List<String> DEMO_NAMES = List.of("desk", "patrol", "brigade", "auditor", "admin");

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final String BCRYPT_ID = "{bcrypt}";

    private ApiUsers() {
    }

    static List<UserDetails> from(ApiSecurityProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        if (properties.demoUsers()) {
            for (String name : DEMO_NAMES) {
                // demo only: the password is the name, so a hash would protect nothing
                users.add(User.withUsername(name).password("{noop}" + name)
                              .authorities(Role.valueOf(name.toUpperCase(java.util.Locale.ROOT)).authority()).build());
                names.add(name);
            }
        }
        for (int i = 0; i < properties.users().size(); i++) {
            ApiSecurityProperties.User user = properties.users().get(i);
            String where = "parcelwatch.security.users[" + i + "]";
            if (user.name() == null || user.name().isBlank() || user.name().length() > 100) {
                throw new IllegalStateException(where + ".name must be a non-blank name of at most 100 characters");
            }
            if (!names.add(user.name())) {
                throw new IllegalStateException(where + ".name '" + user.name() + "' is configured twice");
            }
            String hash = user.passwordHash() == null ? "" : user.passwordHash().trim();
            if (hash.startsWith(BCRYPT_ID)) {
                hash = hash.substring(BCRYPT_ID.length());
            }
            if (!BCRYPT.matcher(hash).matches()) {
                throw new IllegalStateException(where + ".password-hash of '" + user.name()
                        + "' must be a bcrypt hash ($2a$10$… , 60 characters); plain passwords are not accepted");
            }
            if (user.roles() == null || user.roles().isEmpty()) {
                throw new IllegalStateException(where + ".roles of '" + user.name() + "' must name at least one of "
                        + List.of(Role.values()));
            }
            List<String> authorities = new ArrayList<>();
            for (String role : user.roles()) {
                authorities.add(Role.parse(role).orElseThrow(() -> new IllegalStateException(where + ".roles of '"
                        + user.name() + "' names an unknown role '" + role + "'; roles are " + List.of(Role.values())))
                        .authority());
            }
            users.add(User.withUsername(user.name()).password(BCRYPT_ID + hash)
                          .authorities(authorities.toArray(String[]::new)).build());
        }
        return users;
    }
}
