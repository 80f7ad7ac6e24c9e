package com.acme.flags.filters;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * Puts a request id (and the admin session, when there is one) into the MDC and logs each call.
 */
@Provider
public class RequestLoggingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLoggingFilter.class);
    public static final String SESSION_COOKIE = "ADMIN_SESSION";

    @Override
    public void filter(ContainerRequestContext request) {
        MDC.put("requestId", UUID.randomUUID().toString());
        Cookie session = request.getCookies().get(SESSION_COOKIE);
        if (session != null) {
            MDC.put("session", session.getValue());
        }
        LOG.debug("--> {} /{} authorization={}", request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        LOG.debug("<-- {} /{} {}", request.getMethod(), request.getUriInfo().getPath(), response.getStatus());
        MDC.clear();
    }
}
