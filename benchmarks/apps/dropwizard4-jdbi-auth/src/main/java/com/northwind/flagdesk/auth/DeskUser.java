package com.northwind.flagdesk.auth;

import java.security.Principal;
import java.util.Set;

/** Authenticated operator of the desk. */
public final class DeskUser implements Principal {

    private final String name;
    private final Set<String> roles;

    public DeskUser(String name, Set<String> roles) {
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "DeskUser{name=" + name + ", roles=" + roles + '}';
    }
}
