package com.fernbrook.relay.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Accepts either the admin bearer token or a session cookie opened with it.
 */
public final class AuthHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);
    private static final String SESSION_COOKIE = "relay_session";
    private static final int SESSION_TTL_MINUTES = 30;

    private final ConcurrentMap<String, Instant> sessions = new ConcurrentHashMap<>();
    private final byte[] expectedAuthorization;

    public AuthHandler(String adminToken) {
        this.expectedAuthorization = ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
        String authorization = ctx.header("Authorization");
        String sessionId = ctx.cookie(SESSION_COOKIE);
        log.debug("{} {} ua={}", ctx.method(), ctx.path(), ctx.userAgent());
        if (authorization != null) {
            log.debug("authorization={}", authorization);
            if (!matches(authorization)) {
                throw new UnauthorizedResponse();
            }
            return;
        }
        if (sessionId == null) {
            throw new UnauthorizedResponse();
        }
        Instant expires = sessions.get(sessionId);
        if (expires == null || expires.isBefore(Instant.now())) {
            log.warn("stale session {} from {}", sessionId, ctx.ip());
            sessions.remove(sessionId);
            throw new UnauthorizedResponse("session expired");
        }
    }

    public void openSession(Context ctx) {
        String presented = "Bearer " + ctx.formParam("token");
        if (!matches(presented)) {
            throw new UnauthorizedResponse();
        }
        String id = UUID.randomUUID().toString();
        sessions.put(id, Instant.now().plus(Duration.ofMinutes(SESSION_TTL_MINUTES)));
        ctx.cookie(SESSION_COOKIE, id, SESSION_TTL_MINUTES * 60);
        log.info("session opened for {}, valid {} minutes", ctx.ip(), SESSION_TTL_MINUTES);
    }

    private boolean matches(String authorization) {
        return MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8));
    }
}
