package com.acme.flags.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

public class RequestLoggingFilter {

    private static final Logger LOG = Logger.getLogger(RequestLoggingFilter.class);

    @ServerRequestFilter
    public void logRequest(ContainerRequestContext ctx) {
        String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth == null) {
            LOG.debugf("%s %s without %s header", ctx.getMethod(), ctx.getUriInfo().getPath(),
                    HttpHeaders.AUTHORIZATION);
            return;
        }
        LOG.debugf("%s %s auth=%s", ctx.getMethod(), ctx.getUriInfo().getPath(), auth);
    }
}
