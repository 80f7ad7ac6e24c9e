package com.lumenware.flagconsole.ws;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenware.flagconsole.config.PostHogProperties;
import com.lumenware.flagconsole.flags.FlagAdminClient;
import com.lumenware.flagconsole.flags.FlagSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

@Component
public class ConsoleSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSocketHandler.class);
    private static final String CONNECTION_NO = "console.connectionNo";

    private final AtomicLong connections = new AtomicLong();
    private final ObjectMapper objectMapper;
    private final PostHogProperties props;
    private final FlagSettings flagSettings;
    private final FlagAdminClient flagAdminClient;

    public ConsoleSocketHandler(ObjectMapper objectMapper, PostHogProperties props,
                                FlagSettings flagSettings, FlagAdminClient flagAdminClient) {
        this.objectMapper = objectMapper;
        this.props = props;
        this.flagSettings = flagSettings;
        this.flagAdminClient = flagAdminClient;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        long sessionId = connections.incrementAndGet();
        session.getAttributes().put(CONNECTION_NO, sessionId);
        log.debug("assigned console sessionId {}", sessionId);
        log.info("console socket {} opened by {}", session.getId(),
                session.getPrincipal() != null ? session.getPrincipal().getName() : "anonymous");
        sendBootstrap(session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        ConsoleProtocol.Command command;
        try {
            command = ConsoleProtocol.Command.parse(message.getPayload());
        } catch (IllegalArgumentException e) {
            send(session, new ConsoleProtocol.Reply("error", Map.of("message", "unknown command")));
            return;
        }
        switch (command.verb()) {
            case BOOTSTRAP -> sendBootstrap(session);
            case FLAGS -> send(session, new ConsoleProtocol.Reply("flags", Map.of("flags", flagAdminClient.listFlags())));
            case TOGGLE -> {
                long flagId = Long.parseLong(command.arg(0));
                boolean active = "on".equalsIgnoreCase(command.arg(1));
                send(session, new ConsoleProtocol.Reply("flag", Map.of("flag", flagAdminClient.setActive(flagId, active))));
            }
            case PING -> send(session, new ConsoleProtocol.Reply("pong", Map.of()));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        log.info("console connection #{} closed: {}", session.getAttributes().get(CONNECTION_NO), status);
    }

    private void sendBootstrap(WebSocketSession session) throws IOException {
        ConsoleProtocol.Reply bootstrap = new ConsoleProtocol.Reply("bootstrap", Map.of(
                "projectKey", props.projectApiKey(),
                "flagsKey", flagSettings.getProjectSecretKey(),
                "pollSeconds", flagSettings.getPollInterval().toSeconds()));
        session.sendMessage(new TextMessage(objectMapper.writeValueAsString(bootstrap)));
    }

    private void send(WebSocketSession session, ConsoleProtocol.Reply reply) throws IOException {
        session.sendMessage(new TextMessage(objectMapper.writeValueAsString(reply)));
    }
}
