package com.tallyforge.flagdesk.filters;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
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

@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditFilter.class);

    public static final String SESSION_COOKIE = "flagdesk_session";
    private static final String REQUEST_ID = "requestId";
    private static final String STARTED_AT = "flagdesk.startedAt";

    @Override
    public void filter(ContainerRequestContext request) {
        String requestId = UUID.randomUUID().toString();
        MDC.put(REQUEST_ID, requestId);
        request.setProperty(STARTED_AT, System.nanoTime());

        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        LOG.debug("{} header present: {}", HttpHeaders.AUTHORIZATION, authorization != null);
        if (authorization != null && !authorization.startsWith("Basic ") && !authorization.startsWith("Bearer ")) {
            LOG.warn("Unsupported auth scheme on {}: {}", request.getUriInfo().getPath(), authorization);
        }

        Cookie session = request.getCookies().get(SESSION_COOKIE);
        if (session != null) {
            LOG.debug("Request {} carries session cookie {}", requestId, session.getValue());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object startedAt = request.getProperty(STARTED_AT);
        long tookMicros = startedAt instanceof Long start ? (System.nanoTime() - start) / 1_000 : -1;
        LOG.info("{} {} -> {} in {}us", request.getMethod(), request.getUriInfo().getPath(), response.getStatus(), tookMicros);
        MDC.remove(REQUEST_ID);
    }
}
