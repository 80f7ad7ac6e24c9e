package com.copperleaf.orders.kafka;

import com.copperleaf.orders.service.AnalyticsService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Slf4j
@Component
@RequiredArgsConstructor
public class OrderEventListener {

    private final AnalyticsService analytics;

    @KafkaListener(topics = "${orders.topic:orders.v1}", groupId = "copperleaf-orders-analytics")
    public void onOrderEvent(@Payload OrderEvent event,
                             @Header(KafkaHeaders.RECEIVED_KEY) String key,
                             @Header(KafkaHeaders.RECEIVED_PARTITION) int partition) {
        log.info("Received order event key={} partition={}", key, partition);
        log.debug("Order {} belongs to checkout session {}", event.getOrderId(), event.getSessionId());

        if ("PAYMENT_FAILED".equals(event.getStatus())) {
            log.warn("Payment failed, event: {}", event);
        }
        analytics.orderStatusChanged(event.getCustomerId(), event.getOrderId(), event.getStatus());
    }
}
