package com.northwind.flagboard.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authenticates graphql-transport-ws connections from the {@code connection_init} payload
 * (browsers cannot set an Authorization header on the WebSocket handshake).
 */
@Component
public class GraphQlAuthInterceptor implements WebSocketGraphQlInterceptor {

    static final String JWT_ATTRIBUTE = GraphQlAuthInterceptor.class.getName() + ".jwt";
    static final String API_KEY_HEADER = "X-Api-Key";

    private static final Logger log = LoggerFactory.getLogger(GraphQlAuthInterceptor.class);

    private final JwtDecoder jwtDecoder;

    public GraphQlAuthInterceptor(JwtDecoder jwtDecoder) {
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getHeaders().containsKey(API_KEY_HEADER)) {
            log.warn("Ignoring {} header on request {}; GraphQL requires a bearer token", API_KEY_HEADER, request.getId());
        }
        if (log.isTraceEnabled()) {
            log.trace("GraphQL {} {} headers={}", request.getId(), request.getOperationName(), request.getHeaders());
        }
        return chain.next(request);
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo sessionInfo,
                                                       Map<String, Object> connectionInitPayload) {
        Object header = connectionInitPayload.get("Authorization");
        if (!(header instanceof String authorization) || !authorization.startsWith("Bearer ")) {
            log.warn("Rejecting connection_init from {}: no bearer token", sessionInfo.getRemoteAddress());
            return Mono.error(new AccessDeniedException("connection_init requires an Authorization payload"));
        }
        log.debug("connection_init from {} with Authorization={}", sessionInfo.getRemoteAddress(), authorization);

        Jwt jwt = jwtDecoder.decode(authorization.substring("Bearer ".length()));
        long tokenExpiresInSeconds = jwt.getExpiresAt() == null
                ? -1L
                : Duration.between(Instant.now(), jwt.getExpiresAt()).toSeconds();
        log.info("WebSocket session for {} accepted, token expires in {}s", jwt.getSubject(), tokenExpiresInSeconds);

        sessionInfo.getAttributes().put(JWT_ATTRIBUTE, jwt);
        return Mono.just(Map.of("subject", jwt.getSubject()));
    }
}
