package com.northwind.flags.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.service.FeatureFlagService;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live feed of flag definitions for the operations dashboard.
 */
@WebSocket(path = "/ws/flags")
public class FlagStreamSocket {

    private static final AtomicLong SESSIONS = new AtomicLong();

    @Inject
    PostHogSettings settings;

    @Inject
    FeatureFlagService flagService;

    @Inject
    ObjectMapper mapper;

    @OnOpen
    public Uni<Void> onOpen(WebSocketConnection connection) throws JsonProcessingException {
        long sessionId = SESSIONS.incrementAndGet();
        Log.infof("Dashboard session %d opened (%s)", sessionId, connection.handshakeRequest().path());
        Log.debugf("Dashboard handshake authorization: %s", connection.handshakeRequest().header("Authorization"));

        String hello = mapper.writeValueAsString(Map.of(
                "type", "hello",
                "host", settings.host(),
                "localEvaluationKey", settings.featureFlagsSecureApiKey().orElse("")));
        return connection.sendText(hello);
    }

    @OnTextMessage
    public Multi<String> onMessage(String command) {
        if (!"subscribe".equals(command)) {
            return Multi.createFrom().item("{\"type\":\"error\",\"reason\":\"unknown command\"}");
        }
        return flagService.watchDefinitions()
                .map(definitions -> {
                    try {
                        return mapper.writeValueAsString(Map.of("type", "definitions", "items", definitions));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        Log.infof("Dashboard connection closed (%s)", connection.handshakeRequest().path());
    }
}
