package com.ledgerly.billinghooks.filters;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

@Provider
@Priority(Priorities.USER)
public class RequestLoggingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);
    private static final String START_NANOS = "billing-hooks.startNanos";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        request.setProperty(START_NANOS, System.nanoTime());
        log.debug("--> {} /{} headers={}", request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaders().keySet());
        if (request.getUriInfo().getPath().startsWith("portal")) {
            log.trace("portal cookies: {}", request.getHeaderString(HttpHeaders.COOKIE));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Object start = request.getProperty(START_NANOS);
        long tookMs = start instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        log.info("<-- {} /{} {} ({} ms)", request.getMethod(), request.getUriInfo().getPath(),
                response.getStatus(), tookMs);
    }
}
