package io.relaybay.flaghub.messaging;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/** Counts open dashboard connections and sends each new one the client settings. */
@Component
public class StompSessionEvents {

    private static final Logger log = LoggerFactory.getLogger(StompSessionEvents.class);

    private final AtomicInteger open = new AtomicInteger();
    private final FlagBroadcaster broadcaster;

    public StompSessionEvents(FlagBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    public void onConnected(SessionConnectedEvent event) {
        String sessionId = StompHeaderAccessor.wrap(event.getMessage()).getSessionId();
        log.info("WebSocket session {} connected ({} open)", sessionId, open.incrementAndGet());
        broadcaster.pushClientConfig();
    }

    @EventListener
    public void onDisconnect(SessionDisconnectEvent event) {
        log.info("WebSocket session {} closed with {} ({} open)", event.getSessionId(), event.getCloseStatus(),
                open.decrementAndGet());
    }
}
