package com.copperleaf.orders.web;

import com.copperleaf.orders.client.PaymentsClient;
import com.copperleaf.orders.domain.Order;
import com.copperleaf.orders.dto.OrderDto;
import com.copperleaf.orders.kafka.OrderEvent;
import com.copperleaf.orders.mapper.OrderMapper;
import com.copperleaf.orders.service.AnalyticsService;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Slf4j
@RestController
@RequestMapping("/api/orders")
@RequiredArgsConstructor
public class OrderController {

    private final PaymentsClient payments;
    private final AnalyticsService analytics;
    private final OrderMapper mapper;
    private final KafkaTemplate<String, OrderEvent> kafka;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    @Value("${payments.api-key}")
    private String paymentsApiKey;

    @Value("${orders.topic:orders.v1}")
    private String topic;

    public record CreateOrderRequest(@NotBlank String customerId, @Positive long amountMinor,
                                     @NotBlank String currency, @NotBlank String paymentToken) {
    }

    @PostMapping
    public ResponseEntity<OrderDto> create(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                           @RequestHeader(value = "X-Checkout-Session", required = false) UUID checkoutSession,
                                           @Valid @RequestBody CreateOrderRequest request) {
        log.debug("Create order for {} authorized by {}", request.customerId(), authorization);
        log.info("Checkout session {}", checkoutSession);

        Order order = mapper.toEntity(request.customerId(), request.amountMinor(), request.currency());
        PaymentsClient.ChargeResult charge = payments.charge(paymentsApiKey, new PaymentsClient.ChargeRequest(
                order.getId(), order.getAmountMinor(), order.getCurrency(), request.paymentToken()));
        order.setChargeId(charge.chargeId());
        order.setStatus("succeeded".equals(charge.status()) ? "PAID" : "PAYMENT_FAILED");
        orders.put(order.getId(), order);

        kafka.send(topic, order.getId(), mapper.toEvent(order, checkoutSession, request.paymentToken()));
        OrderDto dto = mapper.toDto(order, request.paymentToken());
        log.info("Order created: {}", dto);
        analytics.orderPlaced(dto);
        return ResponseEntity.status(HttpStatus.CREATED).body(dto);
    }

    @GetMapping("/{id}")
    public ResponseEntity<OrderDto> get(@PathVariable String id, HttpSession session) {
        log.debug("Order lookup {} in HTTP session {}", id, session.getId());
        Order order = orders.get(id);
        return order == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(mapper.toDto(order, null));
    }
}
