package com.northwind.flagportal.auth;

import java.io.Serializable;

/** The signed-in user kept in the Jetty session. */
public record PortalUser(long id, String username, Role role, long portalSessionId) implements Serializable {

    public PortalUser withPortalSession(long sessionRowId) {
        return new PortalUser(id, username, role, sessionRowId);
    }
}
