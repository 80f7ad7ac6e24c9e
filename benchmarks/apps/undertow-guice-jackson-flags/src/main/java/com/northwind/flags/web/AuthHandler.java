package com.northwind.flags.web;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.util.KeyMasking;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Guards /admin/** with a static bearer token whose SHA-256 comes from ADMIN_TOKEN_SHA256.
 */
public class AuthHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);
    private static final AtomicLong SESSION_SEQ = new AtomicLong();
    private static final String SESSION_COOKIE = "FLAGS_SESSION";

    private final HttpHandler next;
    private final byte[] adminTokenDigest;

    public AuthHandler(HttpHandler next) {
        this.next = next;
        String expected = System.getenv().getOrDefault("ADMIN_TOKEN_SHA256", "");
        this.adminTokenDigest = expected.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (!path.startsWith("/admin")) {
            next.handleRequest(exchange);
            return;
        }

        long sessionId = SESSION_SEQ.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        log.debug("admin request #{} {} authorization present={}", sessionId, path, authorization != null);

        if (authorization == null || !authorization.startsWith("Bearer ")) {
            log.warn("Rejecting {}: missing Authorization or {} header", path, PostHogKeys.API_KEY_HEADER);
            reject(exchange);
            return;
        }

        String presented = KeyMasking.digestHex(authorization.substring("Bearer ".length()));
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.US_ASCII), adminTokenDigest)) {
            log.warn("Rejected admin call to {} from {} with Authorization: {}",
                    path, exchange.getSourceAddress(), authorization);
            reject(exchange);
            return;
        }

        Cookie session = exchange.getRequestCookie(SESSION_COOKIE);
        if (session != null) {
            log.trace("admin request #{} continues session {}", sessionId, session.getValue());
        }
        next.handleRequest(exchange);
    }

    private static void reject(HttpServerExchange exchange) {
        exchange.setStatusCode(StatusCodes.UNAUTHORIZED);
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"flags-admin\"");
        exchange.endExchange();
    }
}
