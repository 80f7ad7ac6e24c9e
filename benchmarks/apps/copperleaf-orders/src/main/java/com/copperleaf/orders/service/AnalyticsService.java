package com.copperleaf.orders.service;

import com.copperleaf.orders.dto.OrderDto;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Slf4j
@Service
public class AnalyticsService {

    private final PostHogInterface postHog;
    private final com.posthog.java.PostHog warehouseClient;

    public AnalyticsService(PostHogInterface postHog,
                            @Value("${posthog.personal-api-key:phx_Mdfayj5SBNu5L2BOBZjAuR2Bl6lTHgUg5Iqp6DQOrDyO67r}") String personalApiKey,
                            @Value("${posthog.host}") String host) {
        this.postHog = postHog;
        // finance exports go through the old batching client; it needs the key with write access
        this.warehouseClient = new com.posthog.java.PostHog.Builder(personalApiKey).host(host).build();
    }

    public void orderPlaced(OrderDto order) {
        postHog.capture(order.getCustomerId(), "order_placed");
        warehouseClient.capture(order.getCustomerId(), "order_placed_export", Map.of(
                "order_id", order.getId(),
                "amount_minor", order.getAmountMinor(),
                "currency", order.getCurrency()));
    }

    public void orderStatusChanged(String customerId, String orderId, String status) {
        warehouseClient.capture(customerId, "order_status_changed", Map.of("order_id", orderId, "status", status));
    }

    public boolean isEnabled(String flag, String customerId) {
        return postHog.isFeatureEnabled(customerId, flag, false);
    }

    @PreDestroy
    public void shutdown() {
        warehouseClient.shutdown();
    }
}
