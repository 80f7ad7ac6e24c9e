package com.copperleaf.orders.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import lombok.Builder;
import lombok.ToString;
import lombok.Value;

/**
 * API view of an order.
 */
@Value
@Builder
public class OrderDto {

    String id;
    String customerId;
    long amountMinor;
    String currency;
    String status;
    Instant createdAt;

    /** One-time token from the payment widget; echoed back so the SPA can confirm 3-DS. */
    @ToString.Exclude
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    String paymentToken;
}
