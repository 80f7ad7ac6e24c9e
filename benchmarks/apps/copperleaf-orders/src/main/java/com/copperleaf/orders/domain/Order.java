package com.copperleaf.orders.domain;

import java.time.Instant;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Order {

    private String id;
    private String customerId;
    private long amountMinor;
    private String currency;
    private String chargeId;
    private String status;
    private Instant createdAt;
}
