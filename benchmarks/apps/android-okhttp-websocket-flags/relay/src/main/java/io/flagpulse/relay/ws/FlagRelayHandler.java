package io.flagpulse.relay.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flagpulse.relay.config.PostHogProperties;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** Pushes flag state to connected FlagPulse devices. */
@Component
public class FlagRelayHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagRelayHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final PostHogProperties props;
    private final ObjectMapper mapper;

    public FlagRelayHandler(PostHogProperties props, ObjectMapper mapper) {
        this.props = props;
        this.mapper = mapper;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        String authorization = session.getHandshakeHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        log.debug("Device connected from {} with {}", session.getRemoteAddress(), authorization);
        sessions.put(session.getId(), session);

        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("type", "BOOTSTRAP");
        bootstrap.put("seq", sequence.incrementAndGet());
        bootstrap.put("sessionId", session.getId());
        bootstrap.put("sessionToken", newSessionToken());
        bootstrap.put("host", props.getHost());
        bootstrap.put("projectApiKey", props.getApiKey());
        // lets the device run local evaluation while the relay is unreachable
        bootstrap.put("personalApiKey", props.getPersonalApiKey());
        bootstrap.put("flags", Map.of());
        session.sendMessage(new TextMessage(mapper.writeValueAsString(bootstrap)));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        JsonNode frame = mapper.readTree(message.getPayload());
        if ("HELLO".equals(frame.path("type").asText())) {
            log.info("Device {} said hello on {}", frame.path("deviceId").asText(), session.getRemoteAddress());
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session.getId());
        log.debug("Device disconnected from {}: {}", session.getRemoteAddress(), status);
    }

    /** Fan-out of a flag change received from the PostHog webhook. */
    public int broadcastFlags(Map<String, Object> flags) throws IOException {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "FLAGS_CHANGED");
        frame.put("seq", sequence.incrementAndGet());
        frame.put("projectApiKey", props.getApiKey());
        frame.put("flags", flags);
        TextMessage text = new TextMessage(mapper.writeValueAsString(frame));
        int delivered = 0;
        for (WebSocketSession session : sessions.values()) {
            if (session.isOpen()) {
                session.sendMessage(text);
                delivered++;
            }
        }
        return delivered;
    }

    private static String newSessionToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
