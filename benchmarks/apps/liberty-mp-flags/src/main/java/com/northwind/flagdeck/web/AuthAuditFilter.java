package com.northwind.flagdeck.web;

import com.northwind.flagdeck.config.KeyParts;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Audits who calls the admin API. Runs before authentication so rejected calls are visible too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class AuthAuditFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthAuditFilter.class.getName());

    private static final Set<String> SENSITIVE = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(), HttpHeaders.COOKIE.toLowerCase(), "x-admin-token");

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            LOG.warning("Rejected " + ctx.getMethod() + " /" + path + " with credentials: " + authorization);
        }

        LOG.fine("Legacy proxy header " + KeyParts.PROJECT_KEY_HEADER + " present="
                + (ctx.getHeaderString(KeyParts.PROJECT_KEY_HEADER) != null));

        ctx.getHeaders().forEach((name, values) ->
                LOG.finest(name + ": " + (SENSITIVE.contains(name.toLowerCase()) ? "<redacted>" : values)));
    }
}
