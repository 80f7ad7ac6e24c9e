package com.fernhill.fulfilment.worker.pubsub;

import com.fernhill.fulfilment.worker.analytics.EventTracker;
import com.fernhill.fulfilment.worker.analytics.FeatureFlagService;
import com.fernhill.fulfilment.worker.firestore.OrderRepository;
import com.fernhill.fulfilment.worker.util.KeyMasker;
import com.google.cloud.pubsub.v1.AckReplyConsumer;
import com.google.cloud.pubsub.v1.MessageReceiver;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.pubsub.v1.PubsubMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class OrderMessageReceiver implements MessageReceiver {

    private static final Logger LOG = Logger.getLogger(OrderMessageReceiver.class.getName());

    enum TokenType {
        BEARER, SHARED_SECRET, NONE;

        static TokenType from(String raw) {
            if (raw == null || raw.isBlank()) {
                return NONE;
            }
            return "bearer".equalsIgnoreCase(raw) ? BEARER : SHARED_SECRET;
        }
    }

    private final OrderRepository repository;
    private final FeatureFlagService flags;
    private final EventTracker tracker;
    private final String webhookSigningSecret;

    public OrderMessageReceiver(OrderRepository repository, FeatureFlagService flags, EventTracker tracker,
                                String webhookSigningSecret) {
        this.repository = repository;
        this.flags = flags;
        this.tracker = tracker;
        this.webhookSigningSecret = webhookSigningSecret;
    }

    @Override
    public void receiveMessage(PubsubMessage message, AckReplyConsumer consumer) {
        String messageId = message.getMessageId();
        Map<String, String> attributes = message.getAttributesMap();
        LOG.fine(() -> "Received " + messageId + " attributes=" + KeyMasker.redactHeaders(attributes));

        String authToken = attributes.getOrDefault("authorization", "");
        TokenType tokenType = TokenType.from(attributes.get("token_type"));
        if (!authorized(authToken)) {
            LOG.warning("Rejected message " + messageId + " (tokenType=" + tokenType + ")");
            LOG.warning("Rejected message " + messageId + " with authorization " + authToken);
            tracker.messageRejected(messageId, "unauthorized");
            consumer.ack();
            return;
        }

        String orderId = null;
        try {
            JsonObject order = JsonParser.parseString(message.getData().toStringUtf8()).getAsJsonObject();
            orderId = order.get("orderId").getAsString();
            String customerId = order.get("customerId").getAsString();
            if (repository.alreadyProcessed(orderId, messageId)) {
                consumer.ack();
                return;
            }
            boolean fastLane = flags.isEnabled(customerId, FeatureFlagService.FAST_LANE_FLAG);
            repository.save(orderId, order, messageId, fastLane);
            tracker.orderStored(customerId, orderId,
                    order.has("channel") ? order.get("channel").getAsString().toLowerCase(Locale.ROOT) : "web",
                    order.get("totalCents").getAsLong());
            consumer.ack();
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            LOG.log(Level.WARNING, "Dropping malformed order message " + messageId, e);
            tracker.messageRejected(messageId, "malformed");
            consumer.ack();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Firestore write failed for order " + orderId, e);
            tracker.failure(e, orderId);
            consumer.nack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            consumer.nack();
        }
    }

    private boolean authorized(String authToken) {
        if (webhookSigningSecret == null || webhookSigningSecret.isEmpty()) {
            return true;
        }
        String expected = "Bearer " + webhookSigningSecret;
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                authToken.getBytes(StandardCharsets.UTF_8));
    }
}
