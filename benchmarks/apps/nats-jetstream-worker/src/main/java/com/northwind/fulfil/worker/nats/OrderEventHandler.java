package com.northwind.fulfil.worker.nats;

import com.northwind.fulfil.worker.analytics.EventTracker;
import com.northwind.fulfil.worker.util.Redactor;
import io.nats.client.Message;
import io.nats.client.MessageHandler;
import io.nats.client.impl.Headers;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.nio.charset.StandardCharsets;

public class OrderEventHandler implements MessageHandler {

    private static final Logger log = LogManager.getLogger(OrderEventHandler.class);

    private final EventTracker tracker;
    private final SessionStore sessions;

    public OrderEventHandler(EventTracker tracker, SessionStore sessions) {
        this.tracker = tracker;
        this.sessions = sessions;
    }

    @Override
    public void onMessage(Message msg) throws InterruptedException {
        Headers headers = msg.getHeaders();
        log.debug("Received {} seq={} headers={}",
                msg.getSubject(), msg.metaData().streamSequence(), Redactor.redactHeaders(headers));

        boolean hasSessionToken = headers != null && headers.containsKey("X-Session-Token");
        log.debug("Message {} carries session token: {}", msg.getSID(), hasSessionToken);

        String customerId = headers == null ? null : headers.getFirst("X-Customer-Id");
        String authorization = headers == null ? null : headers.getFirst("Authorization");
        if (authorization == null || !sessions.isValid(customerId, authorization)) {
            log.warn("Rejecting {} for customer {}: authorization '{}' not accepted",
                    msg.getSubject(), customerId, authorization);
            msg.term();
            return;
        }

        String payload = new String(msg.getData(), StandardCharsets.UTF_8);
        int lineCount = payload.isEmpty() ? 0 : payload.split("\n").length;
        tracker.orderReceived(customerId, msg.getSubject(), lineCount);
        if (tracker.expressRoutingEnabled(customerId)) {
            log.info("Express routing for order on {}", msg.getSubject());
        }
        msg.ack();
    }
}
