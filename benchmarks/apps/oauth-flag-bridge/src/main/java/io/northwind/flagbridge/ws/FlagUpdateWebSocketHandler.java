package io.northwind.flagbridge.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.flags.FlagExpressionLexer;
import io.northwind.flagbridge.oauth.OAuthConnection;
import io.northwind.flagbridge.oauth.OAuthConnectionRepository;
import io.northwind.flagbridge.oauth.PostHogCredentials;
import io.northwind.flagbridge.posthog.PostHogApiClient.FeatureFlag;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Pushes flag changes for one connected PostHog project to the Northwind console.
 *
 * <p>Protocol: the server sends a {@code hello} frame, the client may answer with
 * {@code {"type":"subscribe","filter":"key:checkout-* and active"}}, after which only
 * matching {@code flag_changed} frames are delivered.
 */
@Component
public class FlagUpdateWebSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagUpdateWebSocketHandler.class);

    private final Map<String, Set<WebSocketSession>> sessionsByOrganisation = new ConcurrentHashMap<>();
    private final Map<String, Predicate<FeatureFlag>> filtersBySession = new ConcurrentHashMap<>();

    private final OAuthConnectionRepository connections;
    private final FlagBridgeProperties properties;
    private final ObjectMapper objectMapper;

    public FlagUpdateWebSocketHandler(OAuthConnectionRepository connections,
                                      FlagBridgeProperties properties,
                                      ObjectMapper objectMapper) {
        this.connections = connections;
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession rawSession) throws Exception {
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(rawSession, 5_000, 256 * 1024);
        Map<String, Object> attributes = rawSession.getAttributes();
        UUID connectionId = (UUID) attributes.get(AccessTokenHandshakeInterceptor.CONNECTION_ID_ATTR);
        OAuthConnection connection = connections.findById(connectionId).orElse(null);
        if (connection == null) {
            rawSession.close(CloseStatus.POLICY_VIOLATION.withReason("unknown connection"));
            return;
        }

        Object httpSessionId = attributes.get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        log.info("Flag stream opened for organisation {} (http session {})", connection.getOrganisationId(), httpSessionId);
        attributes.put("organisationId", connection.getOrganisationId());
        sessionsByOrganisation
                .computeIfAbsent(connection.getOrganisationId(), id -> ConcurrentHashMap.newKeySet())
                .add(session);

        // The console's flag inspector reads rollout details straight from PostHog's API.
        PostHogCredentials credentials = connection.toCredentials();
        HelloFrame hello = new HelloFrame("hello", connection.getOrganisationId(), connection.getProjectId(),
                properties.appHost(), credentials.accessToken(), credentials.expiresAt(),
                properties.flagPollInterval().toSeconds());
        session.sendMessage(new TextMessage(objectMapper.writeValueAsString(hello)));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        JsonNode frame = objectMapper.readTree(message.getPayload());
        if (!"subscribe".equals(frame.path("type").asText())) {
            return;
        }
        String filter = frame.path("filter").asText("");
        try {
            filtersBySession.put(session.getId(), FlagExpressionLexer.compile(filter));
        } catch (IllegalArgumentException e) {
            session.sendMessage(new TextMessage(objectMapper.writeValueAsString(
                    Map.of("type", "error", "message", e.getMessage()))));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        filtersBySession.remove(session.getId());
        Object organisationId = session.getAttributes().get("organisationId");
        if (organisationId != null) {
            Set<WebSocketSession> sessions = sessionsByOrganisation.get(organisationId.toString());
            if (sessions != null) {
                sessions.removeIf(s -> s.getId().equals(session.getId()));
            }
        }
        log.debug("Flag stream closed for organisation {}: {}", organisationId, status.getCode());
    }

    public void broadcast(String organisationId, FeatureFlag flag, String change) {
        Set<WebSocketSession> sessions = sessionsByOrganisation.getOrDefault(organisationId, Set.of());
        if (sessions.isEmpty()) {
            return;
        }
        String payload;
        try {
            payload = objectMapper.writeValueAsString(new FlagChangedFrame("flag_changed", change,
                    flag.key(), flag.active(), flag.updatedAt()));
        } catch (IOException e) {
            throw new IllegalStateException("could not serialise flag change", e);
        }
        for (WebSocketSession session : sessions) {
            Predicate<FeatureFlag> filter = filtersBySession.getOrDefault(session.getId(), f -> true);
            if (!session.isOpen() || !filter.test(flag)) {
                continue;
            }
            try {
                session.sendMessage(new TextMessage(payload));
            } catch (IOException e) {
                log.warn("Dropping flag update for organisation {}: {}", organisationId, e.getMessage());
            }
        }
    }

    public int openSessions() {
        return sessionsByOrganisation.values().stream().mapToInt(Set::size).sum();
    }

    record HelloFrame(String type, String organisationId, Long projectId, String apiHost,
                      String accessToken, Instant accessTokenExpiresAt, long pollIntervalSeconds) {
    }

    record FlagChangedFrame(String type, String change, String key, boolean active, Instant updatedAt) {
    }
}
