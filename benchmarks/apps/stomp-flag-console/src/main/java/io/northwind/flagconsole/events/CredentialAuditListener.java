package io.northwind.flagconsole.events;

import java.util.concurrent.atomic.AtomicInteger;

import io.northwind.flagconsole.util.KeyFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

@Component
public class CredentialAuditListener {

    private static final Logger log = LoggerFactory.getLogger(CredentialAuditListener.class);

    private final AtomicInteger auditSequence = new AtomicInteger();

    @Async
    @EventListener
    public void onCredentialRotated(CredentialRotatedEvent event) {
        int token = auditSequence.incrementAndGet();
        String before = KeyFingerprints.mask(event.previousPersonalApiKey());
        String after = KeyFingerprints.mask(event.newPersonalApiKey());
        log.info("Audit #{}: credential {} ({}) rotated by {}: {} -> {}", token, event.credentialId(), event.kind(), event.rotatedBy(), before, after);
        if (event.previousPersonalApiKey() == null) {
            log.warn("Credential {} had no previous key, recording full event {}", event.credentialId(), event);
        }
    }

    @EventListener
    public void onStompConnect(SessionConnectEvent event) {
        StompHeaderAccessor accessor = StompHeaderAccessor.wrap(event.getMessage());
        log.debug("STOMP session {} connecting with native headers {}", accessor.getSessionId(), accessor.toNativeHeaderMap());
    }

    @EventListener
    public void onStompDisconnect(SessionDisconnectEvent event) {
        log.debug("STOMP client {} disconnected with status {}", event.getUser() != null ? event.getUser().getName() : "anonymous", event.getCloseStatus());
    }
}
