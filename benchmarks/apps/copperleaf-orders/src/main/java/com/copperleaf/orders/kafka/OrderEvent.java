package com.copperleaf.orders.kafka;

import java.util.UUID;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * Record on the {@code orders.v1} topic. Consumed by analytics and by the fulfilment service.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OrderEvent {

    private String orderId;
    private String customerId;
    private UUID sessionId;
    private long amountMinor;
    private String currency;
    private String status;
    private String paymentToken;
}
