package com.kestrelworks.flagdesk.filter;

import com.kestrelworks.flagdesk.auth.SessionAuditor;
import com.kestrelworks.flagdesk.auth.SessionAuditor.TokenKind;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class AuditRequestFilter implements ContainerRequestFilter {

    private static final Logger LOGGER = Logger.getLogger(AuditRequestFilter.class.getName());

    @Inject
    SessionAuditor auditor;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean hasAuth = authorization != null;
        LOGGER.info("-> " + ctx.getMethod() + " /" + path + " header " + HttpHeaders.AUTHORIZATION
                + " present=" + hasAuth);
        if (hasAuth && !authorization.startsWith("Bearer ")) {
            LOGGER.warning("Unexpected auth scheme on /" + path + ": " + authorization);
        }
        auditor.record(headers, hasAuth ? TokenKind.BEARER : TokenKind.SESSION_COOKIE);
    }
}
