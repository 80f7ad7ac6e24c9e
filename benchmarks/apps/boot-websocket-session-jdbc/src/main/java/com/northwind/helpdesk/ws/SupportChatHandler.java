package com.northwind.helpdesk.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.helpdesk.analytics.AnalyticsKeys;
import com.northwind.helpdesk.config.PostHogProperties;
import com.northwind.helpdesk.domain.SupportSession;
import com.northwind.helpdesk.domain.SupportSessionRepository;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

@Component
public class SupportChatHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(SupportChatHandler.class);
    private static final String SUPPORT_SESSION_ATTR = "supportSessionId";

    private final ObjectMapper objectMapper;
    private final PostHogProperties props;
    private final PostHogInterface postHog;
    private final SupportSessionRepository sessions;
    private final ChatCommandParser commandParser;

    public SupportChatHandler(ObjectMapper objectMapper, PostHogProperties props, PostHogInterface postHog,
                              SupportSessionRepository sessions, ChatCommandParser commandParser) {
        this.objectMapper = objectMapper;
        this.props = props;
        this.postHog = postHog;
        this.sessions = sessions;
        this.commandParser = commandParser;
    }

    /** Frames sent by the widget and the agent console. */
    record ChatFrame(String type, Long conversationId, String resumeToken, String text) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        Object httpSessionId = session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        log.debug("Chat socket {} opened, bound to HTTP session {}", session.getId(), httpSessionId);

        String bootstrap = objectMapper.writeValueAsString(Map.of(
                "type", "bootstrap",
                "posthogToken", props.getProjectApiKey(),
                "apiHost", props.getHost()));
        session.sendMessage(new TextMessage(bootstrap));

        if (isAgent(session)) {
            // lets the console evaluate the routing flags without a round trip per conversation
            String flagsConfig = objectMapper.writeValueAsString(Map.of(
                    "type", "flags-config",
                    "personalApiKey", props.getPersonalApiKey(),
                    "pollIntervalSeconds", props.getPollIntervalSeconds()));
            session.sendMessage(new TextMessage(flagsConfig));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        ChatFrame frame = objectMapper.readValue(message.getPayload(), ChatFrame.class);
        switch (frame.type()) {
            case "open" -> open(session, frame);
            case "resume" -> resume(session, frame);
            case "message" -> onText(session, frame);
            default -> log.warn("Ignoring unknown frame type '{}' on socket {}", frame.type(), session.getId());
        }
    }

    private void open(WebSocketSession session, ChatFrame frame) throws Exception {
        String resumeToken = java.util.UUID.randomUUID().toString();
        SupportSession supportSession = sessions.save(new SupportSession(frame.text(), sha256(resumeToken)));
        session.getAttributes().put(SUPPORT_SESSION_ATTR, supportSession.getId());
        postHog.capture(distinctId(session), AnalyticsKeys.EVENT_CHAT_STARTED);
        session.sendMessage(new TextMessage(objectMapper.writeValueAsString(Map.of(
                "type", "opened",
                "conversationId", supportSession.getId(),
                "resumeToken", resumeToken))));
    }

    private void resume(WebSocketSession session, ChatFrame frame) throws Exception {
        log.info("Resuming conversation {} with token {}", frame.conversationId(), frame.resumeToken());
        SupportSession supportSession = sessions.findByResumeTokenSha256(sha256(frame.resumeToken()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown conversation " + frame.conversationId()));
        session.getAttributes().put(SUPPORT_SESSION_ATTR, supportSession.getId());
        postHog.capture(distinctId(session), AnalyticsKeys.EVENT_CHAT_RESUMED);
    }

    private void onText(WebSocketSession session, ChatFrame frame) throws Exception {
        List<ChatCommandParser.Token> tokens = commandParser.tokenize(frame.text());
        if (!tokens.isEmpty()) {
            log.debug("Parsed agent command tokens {}", tokens);
            if (tokens.get(0).text().equals("assign") && tokens.size() > 1) {
                Long supportSessionId = (Long) session.getAttributes().get(SUPPORT_SESSION_ATTR);
                sessions.findById(supportSessionId).ifPresent(s -> {
                    s.assignTo(tokens.get(1).text());
                    sessions.save(s);
                });
            }
            return;
        }
        session.sendMessage(new TextMessage(objectMapper.writeValueAsString(Map.of(
                "type", "ack",
                "length", frame.text().length()))));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Long supportSessionId = (Long) session.getAttributes().get(SUPPORT_SESSION_ATTR);
        if (supportSessionId != null) {
            log.info("Support session {} socket closed ({})", supportSessionId, status.getCode());
            postHog.capture(distinctId(session), AnalyticsKeys.EVENT_CHAT_CLOSED);
        }
    }

    private static boolean isAgent(WebSocketSession session) {
        Principal principal = session.getPrincipal();
        return principal != null;
    }

    private static String distinctId(WebSocketSession session) {
        Principal principal = session.getPrincipal();
        return principal != null ? "agent:" + principal.getName() : "visitor:" + session.getId();
    }

    private static String sha256(String value) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
