package com.brindlewood.flagdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Guards /api/admin/* with a static bearer token shared with the ops team.
 */
public class AuthFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthFilter.class);
    private static final String BEARER_PREFIX = "Bearer ";
    private static final String SESSION_COOKIE = "FLAGDESK_SESSION";

    private final byte[] adminToken;

    public AuthFilter(String adminToken) {
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    public void handle(Context ctx) {
        MDC.put("path", ctx.path());
        String authorization = ctx.header(Header.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER_PREFIX)) {
            log.warn("Admin call to {} without the {} header", ctx.path(), Header.AUTHORIZATION);
            throw new UnauthorizedResponse();
        }
        String presented = authorization.substring(BEARER_PREFIX.length());
        MDC.put("bearer", presented);
        if (!MessageDigest.isEqual(adminToken, presented.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Rejected admin call to {} with {}", ctx.path(), authorization);
            throw new UnauthorizedResponse();
        }
        String session = ctx.cookie(SESSION_COOKIE);
        log.debug("Admin call to {} accepted, session={}", ctx.path(), session);
        ctx.attribute("actor", "ops-admin");
    }
}
