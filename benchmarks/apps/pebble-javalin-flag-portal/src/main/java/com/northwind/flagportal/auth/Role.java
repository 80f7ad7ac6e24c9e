package com.northwind.flagportal.auth;

import io.javalin.security.RouteRole;

public enum Role implements RouteRole {
    ANONYMOUS,
    VIEWER,
    EDITOR,
    ADMIN;

    public boolean atLeast(Role other) {
        return this.ordinal() >= other.ordinal();
    }
}
