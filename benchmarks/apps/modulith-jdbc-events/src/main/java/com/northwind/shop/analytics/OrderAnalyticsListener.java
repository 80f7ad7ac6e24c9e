package com.northwind.shop.analytics;

import com.northwind.shop.orders.OrderPlaced;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

@Component
class OrderAnalyticsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderAnalyticsListener.class);

    private final PostHogInterface postHog;
    private final PostHogProperties properties;

    OrderAnalyticsListener(PostHogInterface postHog, PostHogProperties properties) {
        this.postHog = postHog;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        log.info("Tracking {}", event);
        PostHogCaptureOptions options = PostHogCaptureOptions.builder()
                .property("order_id", event.orderId())
                .property("total", event.total().toPlainString())
                .property("currency", event.currency())
                .build();
        postHog.capture(event.customerId(), AnalyticsConstants.ORDER_PLACED_EVENT, options);
        boolean localEvaluation = properties.getPersonalApiKey() != null;
        log.debug("Captured {} for customer {} (local evaluation enabled: {})", AnalyticsConstants.ORDER_PLACED_EVENT, event.customerId(), localEvaluation);
    }
}
