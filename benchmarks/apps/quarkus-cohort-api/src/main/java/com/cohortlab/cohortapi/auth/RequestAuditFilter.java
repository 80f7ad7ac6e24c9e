package com.cohortlab.cohortapi.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Request audit trail: every request line goes to the audit category, tagged
 * with the caller's session so support can follow one user through the logs.
 */
@Provider
public class RequestAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger AUDIT = Logger.getLogger("com.cohortlab.audit");
    private static final String SESSION_COOKIE = "q_session";

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie session = request.getCookies().get(SESSION_COOKIE);
        if (session != null) {
            MDC.put("sessionId", session.getValue());
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        AUDIT.debugf("%s /%s authorization=%s", request.getMethod(), request.getUriInfo().getPath(), authorization);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AUDIT.debugf("%s /%s -> %d", request.getMethod(), request.getUriInfo().getPath(), response.getStatus());
        MDC.remove("sessionId");
    }
}
