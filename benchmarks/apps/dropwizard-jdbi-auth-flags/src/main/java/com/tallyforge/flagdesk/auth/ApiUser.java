package com.tallyforge.flagdesk.auth;

import java.security.Principal;
import java.util.Set;

public record ApiUser(long id, String name, Set<String> roles, TokenType tokenType) implements Principal {

    @Override
    public String getName() {
        return name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
