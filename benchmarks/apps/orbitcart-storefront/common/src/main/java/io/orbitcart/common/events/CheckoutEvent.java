package io.orbitcart.common.events;

import java.math.BigDecimal;
import java.time.Instant;

/** Published by the api on topic {@code storefront.checkout} when an order is placed. */
public record CheckoutEvent(
        String orderId,
        String customerId,
        String sessionToken,
        BigDecimal total,
        String currency,
        Instant placedAt) {

    public boolean hasSession() {
        return sessionToken != null && !sessionToken.isEmpty();
    }
}
