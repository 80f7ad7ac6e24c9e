package com.acme.flagdesk.ws;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.posthog.FlagAdminService;
import com.acme.flagdesk.posthog.PostHogAdminApi.FeatureFlag;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes flag state to the customer-facing widget.
 */
@WebSocket(path = "/ws/flags/{distinctId}")
public class FlagStreamSocket {

    private static final Logger LOG = Logger.getLogger(FlagStreamSocket.class);
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final FlagAdminService flagAdminService;
    private final PostHogSettings settings;

    public FlagStreamSocket(FlagAdminService flagAdminService, PostHogSettings settings) {
        this.flagAdminService = flagAdminService;
        this.settings = settings;
    }

    @OnOpen
    public WelcomeMessage onOpen(WebSocketConnection connection, @PathParam String distinctId) {
        int sessionId = SESSIONS.incrementAndGet();
        LOG.infof("Flag stream session %d opened for %s", sessionId, distinctId);
        Map<String, Object> flags = new LinkedHashMap<>();
        for (FeatureFlag flag : flagAdminService.cachedFlags()) {
            flags.put(flag.key(), flag.active());
        }
        return WelcomeMessage.bootstrap(settings, flags);
    }

    @OnTextMessage
    public String onMessage(String message) {
        if ("ping".equals(message)) {
            return "pong";
        }
        return "{\"type\":\"ignored\"}";
    }

    @OnClose
    public void onClose() {
        LOG.debugf("Flag stream closed, %d sessions opened since start", SESSIONS.get());
    }
}
