package com.northwind.flagrouter.messaging;

import java.math.BigDecimal;
import java.time.Instant;

/** An order the storefront published to {@code orders.placed}. */
public record OrderEvent(
        String orderId,
        String customerId,
        String region,
        long sessionId,
        BigDecimal total,
        Instant placedAt) {
}
