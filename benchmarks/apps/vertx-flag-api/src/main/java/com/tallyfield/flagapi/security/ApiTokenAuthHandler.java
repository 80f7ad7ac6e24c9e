package com.tallyfield.flagapi.security;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Authenticates machine clients that send {@code Authorization: Bearer <client secret>}.
 * Secrets are indexed by their SHA-256 fingerprint so the raw values are not kept in the map keys.
 */
public class ApiTokenAuthHandler implements Handler<RoutingContext> {

    public static final String CTX_CLIENT = "apiClient";

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthHandler.class);
    private static final String BEARER = "Bearer ";

    private final Map<String, ApiClientCredentials> clientsByFingerprint;
    private final String requiredScope;

    public ApiTokenAuthHandler(List<ApiClientCredentials> clients, String requiredScope) {
        this.clientsByFingerprint = clients.stream()
                .collect(Collectors.toMap(c -> Masking.sha256Hex(c.clientSecret()), Function.identity()));
        this.requiredScope = requiredScope;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);

        if (authorization == null || authorization.isBlank()) {
            ctx.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"flag-api\"");
            ctx.fail(401);
            return;
        }
        if (!authorization.startsWith(BEARER)) {
            log.warn("Unsupported authorization scheme from {} on {}: {}", request.remoteAddress(), ctx.normalizedPath(), authorization);
            ctx.fail(401);
            return;
        }

        String presented = authorization.substring(BEARER.length()).trim();
        String fingerprint = Masking.sha256Hex(presented);
        ApiClientCredentials client = clientsByFingerprint.get(fingerprint);
        if (client == null) {
            log.warn("Unknown API token on {} (fingerprint {})", ctx.normalizedPath(), fingerprint.substring(0, 12));
            ctx.fail(401);
            return;
        }
        if (requiredScope != null && !client.hasScope(requiredScope)) {
            log.info("Client {} lacks scope {} for {}", client.clientId(), requiredScope, ctx.normalizedPath());
            ctx.fail(403);
            return;
        }

        log.debug("Authenticated {} for {}", client, ctx.normalizedPath());
        ctx.put(CTX_CLIENT, client.clientId());
        ctx.next();
    }
}
