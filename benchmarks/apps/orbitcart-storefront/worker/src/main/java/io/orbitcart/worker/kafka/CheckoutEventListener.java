package io.orbitcart.worker.kafka;

import io.orbitcart.common.events.CheckoutEvent;
import io.orbitcart.common.posthog.OrbitPostHog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns checkout events into PostHog "order placed" events. */
@Component
public class CheckoutEventListener {

    private static final Logger log = LoggerFactory.getLogger(CheckoutEventListener.class);

    private final OrbitPostHog posthog;

    public CheckoutEventListener(OrbitPostHog posthog) {
        this.posthog = posthog;
    }

    @KafkaListener(topics = "storefront.checkout", groupId = "posthog-forwarder")
    public void onCheckout(ConsumerRecord<String, CheckoutEvent> record) {
        CheckoutEvent event = record.value();
        log.info("Received checkout {} from partition {} offset {}", event.orderId(), record.partition(), record.offset());
        log.debug("Checkout payload: {}", event);
        log.debug("Checkout {} carries a session: {}", event.orderId(), event.hasSession());

        Optional.ofNullable(record.headers().lastHeader("x-forwarded-authorization"))
                .map(Header::value)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .ifPresent(authorization -> log.trace("Original caller authorization: {}", authorization));

        // PostHog groups a customer's checkouts into 30-minute buckets for the funnel insight
        long sessionId = event.placedAt().getEpochSecond() / 1800;
        posthog.capture(event.customerId(), "order placed", Map.of(
                "order_id", event.orderId(),
                "total", event.total(),
                "currency", event.currency(),
                "$checkout_bucket", sessionId));
        log.debug("Forwarded order {} as capture #{}", event.orderId(), sessionId);
    }
}
