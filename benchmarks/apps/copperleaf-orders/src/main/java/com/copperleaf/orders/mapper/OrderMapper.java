package com.copperleaf.orders.mapper;

import com.copperleaf.orders.domain.Order;
import com.copperleaf.orders.dto.OrderDto;
import com.copperleaf.orders.kafka.OrderEvent;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Hand-written replacement for the MapStruct mapper (annotation processing was too slow in CI).
 */
@Component
public class OrderMapper {

    public Order toEntity(String customerId, long amountMinor, String currency) {
        return Order.builder()
                .id(UUID.randomUUID().toString())
                .customerId(customerId)
                .amountMinor(amountMinor)
                .currency(currency)
                .status("PENDING")
                .createdAt(Instant.now())
                .build();
    }

    public OrderDto toDto(Order order, String paymentToken) {
        return OrderDto.builder()
                .id(order.getId())
                .customerId(order.getCustomerId())
                .amountMinor(order.getAmountMinor())
                .currency(order.getCurrency())
                .status(order.getStatus())
                .createdAt(order.getCreatedAt())
                .paymentToken(paymentToken)
                .build();
    }

    public OrderEvent toEvent(Order order, UUID sessionId, String paymentToken) {
        return OrderEvent.builder()
                .orderId(order.getId())
                .customerId(order.getCustomerId())
                .sessionId(sessionId)
                .amountMinor(order.getAmountMinor())
                .currency(order.getCurrency())
                .status(order.getStatus())
                .paymentToken(paymentToken)
                .build();
    }
}
