package io.northwind.flagbridge.ws;

import io.northwind.flagbridge.oauth.OAuthConnection;
import io.northwind.flagbridge.oauth.OAuthConnectionRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Decides which PostHog connection a flag stream belongs to. Browser sessions are already
 * authenticated by Spring Security; headless consumers (the release bot) present the
 * bridge's service token instead.
 */
@Component
public class AccessTokenHandshakeInterceptor implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenHandshakeInterceptor.class);

    public static final String CONNECTION_ID_ATTR = "flagbridge.connectionId";

    private static final String BEARER_PREFIX = "Bearer ";

    private final OAuthConnectionRepository connections;
    private final byte[] serviceToken;

    public AccessTokenHandshakeInterceptor(OAuthConnectionRepository connections,
                                           @Value("${flagbridge.stream.service-token:}") String serviceToken) {
        this.connections = connections;
        this.serviceToken = serviceToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler wsHandler, Map<String, Object> attributes) {
        String connectionParam = UriComponentsBuilder.fromUri(request.getURI()).build()
                .getQueryParams().getFirst("connection");
        UUID connectionId;
        try {
            connectionId = UUID.fromString(connectionParam);
        } catch (IllegalArgumentException | NullPointerException e) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }

        Optional<OAuthConnection> connection = connections.findById(connectionId);
        Principal principal = request.getPrincipal();
        if (principal != null) {
            connection = connection.filter(c -> c.getPrincipalName().equals(principal.getName()));
        } else {
            String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (!isServiceToken(authorization)) {
                log.warn("Rejected flag stream handshake from {} (Authorization: {})", request.getRemoteAddress(), authorization);
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
        }

        if (connection.isEmpty() || connection.get().getStatus() != OAuthConnection.Status.ACTIVE) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(CONNECTION_ID_ATTR, connectionId);
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                               WebSocketHandler wsHandler, Exception exception) {
    }

    private boolean isServiceToken(String authorization) {
        if (serviceToken.length == 0 || authorization == null || !authorization.startsWith(BEARER_PREFIX)) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER_PREFIX.length()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(serviceToken, presented);
    }
}
