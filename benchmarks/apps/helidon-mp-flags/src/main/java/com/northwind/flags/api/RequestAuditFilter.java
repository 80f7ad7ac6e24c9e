package com.northwind.flags.api;

import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.logging.common.HelidonMdc;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts request context into the log MDC and traces incoming headers at FINE.
 */
@Provider
@PreMatching
public class RequestAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequestAuditFilter.class.getName());
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-posthog-flags-key");

    @Override
    public void filter(ContainerRequestContext requestContext) {
        Cookie session = requestContext.getCookies().get("JSESSIONID");
        if (session != null) {
            HelidonMdc.set("session", session.getValue());
        }
        HelidonMdc.set("path", requestContext.getUriInfo().getPath());
        if (LOG.isLoggable(Level.FINE)) {
            requestContext.getHeaders().forEach((name, values) -> LOG.fine("> " + name + ": "
                    + (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : values)));
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        HelidonMdc.remove("session");
        HelidonMdc.remove("path");
    }
}
