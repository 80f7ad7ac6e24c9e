package com.acme.flags.core;

import java.security.Principal;
import java.util.Set;

/**
 * Authenticated admin. {@code opsToken} is the per-user token our ops scripts send to the
 * override API; it is carried on the principal so resources can hand it to the CLI download.
 */
public record User(long id, String name, Set<String> roles, String opsToken) implements Principal {

    @Override
    public String getName() {
        return name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
