package com.northwind.flagrelay.ws;

import com.northwind.flagrelay.config.RelayConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Browsers subscribe here and receive the flag definitions whenever they change.
 * Tyrus creates one instance per connection, so the configuration comes from the static holder.
 */
@ServerEndpoint("/ws/flags")
public class FlagUpdateEndpoint {

    private static final Logger LOG = LogManager.getLogger(FlagUpdateEndpoint.class);
    private static final Set<Session> SESSIONS = ConcurrentHashMap.newKeySet();

    @OnOpen
    public void onOpen(Session session) throws IOException {
        SESSIONS.add(session);
        LOG.info("ws client {} connected ({} open)", session.getId(), SESSIONS.size());
        RelayConfig config = RelayConfig.current();
        String hello = "{\"type\":\"hello\",\"host\":\"" + config.getPostHogHost()
                + "\",\"payloadKey\":\"" + config.getPostHogSecretKey() + "\"}";
        session.getBasicRemote().sendText(hello);
    }

    @OnClose
    public void onClose(Session session, CloseReason reason) {
        SESSIONS.remove(session);
        LOG.debug("ws client {} closed: {}", session.getId(), reason.getCloseCode());
    }

    @OnError
    public void onError(Session session, Throwable error) {
        LOG.warn("ws client {} failed: {}", session.getId(), error.toString());
    }

    /** Pushes a flag-definitions document to every open browser. */
    public static void broadcast(String definitionsJson) {
        for (Session s : SESSIONS) {
            if (s.isOpen()) {
                s.getAsyncRemote().sendText("{\"type\":\"flags\",\"definitions\":" + definitionsJson + "}");
            }
        }
    }

    public static int connectedClients() {
        return SESSIONS.size();
    }
}
