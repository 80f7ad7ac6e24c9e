package com.northwind.flagstream.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagstream.config.PostHogProperties;
import com.northwind.flagstream.stream.StreamHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

@Component
public class FlagSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagSocketHandler.class);
    private static final AtomicLong SESSION_SEQ = new AtomicLong();

    private final StreamHub hub;
    private final PostHogProperties posthog;
    private final ObjectMapper mapper;

    public FlagSocketHandler(StreamHub hub, PostHogProperties posthog, ObjectMapper mapper) {
        this.hub = hub;
        this.posthog = posthog;
        this.mapper = mapper;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        long sessionId = SESSION_SEQ.incrementAndGet();
        session.getAttributes().put("seq", sessionId);
        log.info("Flag socket #{} opened from {}", sessionId, session.getRemoteAddress());
        hub.register(session);

        Map<String, Object> hello = Map.of(
                "type", "hello",
                "projectApiKey", posthog.projectApiKey(),
                "evaluationKey", posthog.personalApiKey(),
                "pollIntervalSeconds", posthog.pollIntervalSeconds());
        session.sendMessage(new TextMessage(mapper.writeValueAsString(hello)));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        JsonNode frame = mapper.readTree(message.getPayload());
        if ("ping".equals(frame.path("type").asText())) {
            session.sendMessage(new TextMessage("{\"type\":\"pong\"}"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        hub.unregister(session);
        log.info("Flag socket #{} closed: {}", session.getAttributes().get("seq"), status);
    }
}
