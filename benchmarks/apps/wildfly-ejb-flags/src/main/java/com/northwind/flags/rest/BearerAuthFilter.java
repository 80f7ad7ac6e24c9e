package com.northwind.flags.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Protects /api/admin with the static admin token issued by the platform team. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerAuthFilter.class);

    @Inject
    @ConfigProperty(name = "flags.admin.token", defaultValue = "")
    String adminToken;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!ctx.getUriInfo().getPath().startsWith("admin")) {
            return;
        }
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            LOG.warnf("Missing %s header on %s", HttpHeaders.AUTHORIZATION, ctx.getUriInfo().getPath());
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        if (!authorization.equals("Bearer " + adminToken)) {
            LOG.warnf("Rejected admin call with Authorization=%s", authorization);
            ctx.abortWith(Response.status(Response.Status.FORBIDDEN).build());
        }
    }
}
