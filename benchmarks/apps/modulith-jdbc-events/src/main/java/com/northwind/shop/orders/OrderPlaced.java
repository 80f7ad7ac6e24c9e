package com.northwind.shop.orders;

import java.math.BigDecimal;

/**
 * Published when an order has been stored. Billing captures the payment with the token handed
 * over by the checkout widget; analytics tracks the conversion.
 */
public record OrderPlaced(Long orderId, String reference, String customerId, BigDecimal total, String currency,
                          String paymentToken) {
}
