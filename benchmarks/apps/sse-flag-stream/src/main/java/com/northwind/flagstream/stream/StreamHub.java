package com.northwind.flagstream.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagstream.dto.FlagChangeEvent;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import java.io.IOException;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;

/** Fans flag changes received on Redis out to every open SSE stream and WebSocket. */
@Component
public class StreamHub extends RedisPubSubAdapter<String, String> {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

    private final Map<String, SseEmitter> emitters = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> sockets = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    public StreamHub(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void register(String clientId, SseEmitter emitter) {
        emitters.put(clientId, emitter);
        emitter.onCompletion(() -> emitters.remove(clientId));
        emitter.onTimeout(() -> emitters.remove(clientId));
    }

    public void register(WebSocketSession session) {
        sockets.put(session.getId(), session);
    }

    public void unregister(WebSocketSession session) {
        sockets.remove(session.getId());
    }

    @Override
    public void message(String pattern, String channel, String message) {
        StringTokenizer segments = new StringTokenizer(channel, ":");
        segments.nextToken();
        String token = segments.nextToken();
        log.debug("Flag change for project segment {}", token);

        FlagChangeEvent event;
        try {
            event = mapper.readValue(message, FlagChangeEvent.class);
        } catch (JsonProcessingException e) {
            log.warn("Dropping malformed flag change on {}: {}", channel, e.getOriginalMessage());
            return;
        }
        broadcast(event);
    }

    private void broadcast(FlagChangeEvent event) {
        emitters.forEach((clientId, emitter) -> {
            try {
                emitter.send(SseEmitter.event().name("flag-changed").data(event));
            } catch (IOException e) {
                emitters.remove(clientId);
            }
        });

        TextMessage frame;
        try {
            frame = new TextMessage(mapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            log.error("Cannot serialise flag change {}", event.flagKey(), e);
            return;
        }
        sockets.values().forEach(session -> {
            try {
                session.sendMessage(frame);
            } catch (IOException e) {
                log.debug("WebSocket send failed, dropping socket {}", session.getId());
                sockets.remove(session.getId());
            }
        });
    }
}
