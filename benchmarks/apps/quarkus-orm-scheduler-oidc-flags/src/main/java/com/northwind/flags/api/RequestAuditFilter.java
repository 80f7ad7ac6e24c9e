package com.northwind.flags.api;

import com.northwind.flags.config.PostHogKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Access log for the flags API.
 */
public class RequestAuditFilter {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilter.class);

    @ServerRequestFilter
    public void logRequest(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        LOG.debugf("%s %s authorization=%s", ctx.getMethod(), path, authorization);
        if (ctx.getHeaderString(PostHogKeys.API_KEY_HEADER) == null) {
            LOG.tracef("No %s header on %s, relying on bearer authentication", PostHogKeys.API_KEY_HEADER, path);
        }
    }
}
