package dev.northwind.flaghub.ws;

import dev.northwind.flaghub.model.ClientCommand;
import dev.northwind.flaghub.model.FlagMessage;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EncodeException;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Browser-facing stream of feature flag changes. */
@ServerEndpoint(value = "/flags/stream",
        encoders = FlagMessageEncoder.class,
        decoders = ClientCommandDecoder.class,
        configurator = HandshakeAuthConfigurator.class)
public class FlagStreamEndpoint {

    private static final Logger LOG = LogManager.getLogger(FlagStreamEndpoint.class);
    private static final Set<Session> SESSIONS = new CopyOnWriteArraySet<>();
    private static final AtomicLong CONNECTIONS = new AtomicLong();
    private static final String SUBSCRIPTIONS = "flaghub.subscriptions";

    @OnOpen
    public void onOpen(Session session, EndpointConfig config) throws IOException, EncodeException {
        String token = (String) config.getUserProperties().get(HandshakeAuthConfigurator.TOKEN_PROPERTY);
        long sessionId = CONNECTIONS.incrementAndGet();
        LOG.info("Socket #{} opened, {} clients connected", sessionId, SESSIONS.size() + 1);
        if (token == null || token.isBlank()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "missing token"));
            return;
        }
        LOG.info("Client connected with token {}", token);
        session.getUserProperties().put(SUBSCRIPTIONS, ConcurrentHashMap.newKeySet());
        SESSIONS.add(session);
        session.getBasicRemote().sendObject(FlagMessage.welcome());
    }

    @OnMessage
    @SuppressWarnings("unchecked")
    public void onMessage(Session session, ClientCommand command) {
        LOG.debug("Received command {}", command);
        Set<String> subscriptions = (Set<String>) session.getUserProperties().get(SUBSCRIPTIONS);
        if (command.isSubscribe() && command.flags() != null) {
            subscriptions.addAll(command.flags());
        } else if ("unsubscribe".equals(command.action()) && command.flags() != null) {
            command.flags().forEach(subscriptions::remove);
        }
    }

    @OnClose
    public void onClose(Session session, CloseReason reason) {
        SESSIONS.remove(session);
        LOG.info("Socket closed: {}", reason.getCloseCode());
    }

    @OnError
    public void onError(Session session, Throwable error) {
        LOG.warn("Socket error", error);
        SESSIONS.remove(session);
    }

    @SuppressWarnings("unchecked")
    public static void broadcast(FlagMessage message) {
        for (Session session : SESSIONS) {
            Set<String> subscriptions = (Set<String>) session.getUserProperties().get(SUBSCRIPTIONS);
            if (session.isOpen() && (subscriptions.isEmpty() || subscriptions.contains(message.flagKey()))) {
                session.getAsyncRemote().sendObject(message);
            }
        }
    }

    public static int connectedCount() {
        return SESSIONS.size();
    }
}
