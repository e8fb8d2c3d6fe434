package org.parcelwatch.api.web.security;

import java.util.Optional;

/** The roles of DESIGN §1; a user holds one or more, as Spring authorities {@code ROLE_<name>}. */
public enum Role {
    /** 供地科: registers contracts, payments, handover, extensions, notices delivered, termination. */
    DESK,
    /** 国土所 / 国土员: start, completion, patrols, breach findings, idle-land verification. */
    PATROL,
    /** 监察大队: breach findings, idle-land determination and disposal. */
    BRIGADE,
    /** 审计 / 纪检: histories, as-of states, integrity and compliance. */
    AUDITOR,
    /** Sweeps, projection rebuilds, the demo clock. */
    ADMIN;

    public static final String AUTHORITY_PREFIX = "ROLE_";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role named by an authority or a bare role name ({@code ROLE_DESK}, {@code DESK}, {@code desk}). */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (name.startsWith(AUTHORITY_PREFIX)) {
            name = name.substring(AUTHORITY_PREFIX.length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
