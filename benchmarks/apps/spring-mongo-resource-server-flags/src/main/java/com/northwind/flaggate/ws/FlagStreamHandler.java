package com.northwind.flaggate.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flaggate.config.PostHogProperties;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Pushes flag override changes to connected consoles over a plain WebSocket at /ws/flags.
 */
@Component
public class FlagStreamHandler extends TextWebSocketHandler {

    public static final String ATTR_SUBJECT = "flaggate.subject";
    public static final String ATTR_ADMIN = "flaggate.admin";

    private static final Logger log = LoggerFactory.getLogger(FlagStreamHandler.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_SIZE_LIMIT = 64 * 1024;

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final PostHogProperties properties;
    private final ObjectMapper objectMapper;

    public FlagStreamHandler(PostHogProperties properties, ObjectMapper objectMapper) {
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_SIZE_LIMIT);
        sessions.put(session.getId(), safe);
        log.info("Flag stream opened for {} ({} open)", session.getAttributes().get(ATTR_SUBJECT), sessions.size());

        Map<String, Object> hello = new LinkedHashMap<>();
        hello.put("type", "hello");
        hello.put("projectApiKey", properties.getProjectApiKey());
        hello.put("host", properties.getHost());
        safe.sendMessage(new TextMessage(objectMapper.writeValueAsString(hello)));

        if (Boolean.TRUE.equals(session.getAttributes().get(ATTR_ADMIN))) {
            // admin consoles evaluate flags in the browser so the override preview is instant
            Map<String, Object> localEval = new LinkedHashMap<>();
            localEval.put("type", "local-eval");
            localEval.put("personalApiKey", properties.getPersonalApiKey());
            localEval.put("pollIntervalSeconds", properties.getPollIntervalSeconds());
            safe.sendMessage(new TextMessage(objectMapper.writeValueAsString(localEval)));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        if ("ping".equals(message.getPayload())) {
            sessions.getOrDefault(session.getId(), session).sendMessage(new TextMessage("pong"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session.getId());
        log.debug("Flag stream closed ({}), {} open", status.getCode(), sessions.size());
    }

    public void broadcastOverride(String flagKey, String distinctId, String variant) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("type", "override");
        update.put("flag", flagKey);
        update.put("distinctId", distinctId);
        update.put("variant", variant);

        String json;
        try {
            json = objectMapper.writeValueAsString(update);
        } catch (IOException e) {
            log.warn("Could not serialise override update for {}", flagKey, e);
            return;
        }
        TextMessage frame = new TextMessage(json);
        sessions.values().forEach(s -> {
            try {
                s.sendMessage(frame);
            } catch (IOException e) {
                log.debug("Dropping dead flag stream session: {}", e.getMessage());
                sessions.values().remove(s);
            }
        });
    }
}
