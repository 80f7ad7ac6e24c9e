package com.northwind.flagrelay.filter;

import com.northwind.flagrelay.config.RelayConfig;
import com.northwind.flagrelay.util.Secrets;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/** Tags every request for the logs and guards {@code /admin/**} with the admin token header. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LogManager.getLogger(AdminAuthFilter.class);
    private static final String ADMIN_TOKEN_HEADER = "X-Relay-Admin-Token";

    private final RelayConfig config;

    @Inject
    public AdminAuthFilter(RelayConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ThreadContext.put("requestId", UUID.randomUUID().toString());
        ThreadContext.put("path", request.getUriInfo().getPath());
        ThreadContext.put("caller", request.getHeaderString(HttpHeaders.AUTHORIZATION));

        String path = request.getUriInfo().getPath();
        if (!path.startsWith("admin") || path.equals("admin/login")) {
            return;
        }
        String presented = request.getHeaderString(ADMIN_TOKEN_HEADER);
        if (presented == null) {
            LOG.debug("missing {} header on {}", ADMIN_TOKEN_HEADER, path);
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        if (!Secrets.constantTimeEquals(config.getAdminPassword(), presented)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
        }
    }
}
