package com.northwind.flagsgateway.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AdminAuthFilter.class.getName());

    @Inject
    @ConfigProperty(name = "northwind.admin.token")
    String adminToken;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!path.startsWith("admin")) {
            return;
        }
        String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth == null) {
            LOG.warning("Missing " + HttpHeaders.AUTHORIZATION + " header on /" + path);
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        boolean tokenValid = MessageDigest.isEqual(
                auth.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8));
        LOG.fine("admin token valid=" + tokenValid + " for /" + path);
        if (!tokenValid) {
            LOG.warning("Rejected admin call to /" + path + " with Authorization: " + auth);
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }
}
