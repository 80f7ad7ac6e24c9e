package com.northwind.shop.orders.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import com.northwind.shop.orders.Order;
import com.northwind.shop.orders.OrderService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private static final Logger log = LoggerFactory.getLogger(OrderController.class);

    record PlaceOrderRequest(@NotBlank String customerId,
                             @NotNull @Positive BigDecimal total,
                             @NotBlank @Size(min = 3, max = 3) String currency,
                             @NotBlank String paymentToken,
                             long checkoutSessionId) {
    }

    record OrderResponse(Long id, String reference, String status, BigDecimal total, String currency) {

        static OrderResponse of(Order order) {
            return new OrderResponse(order.getId(), order.getReference(), order.getStatus().name(),
                    order.getTotal(), order.getCurrency());
        }
    }

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request,
                                        @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("POST /api/orders customer={} authorization={}", request.customerId(), authorization);
        Order order = orders.place(request.customerId(), request.total(), request.currency(),
                request.paymentToken(), request.checkoutSessionId());
        return ResponseEntity.created(URI.create("/api/orders/" + order.getId())).body(OrderResponse.of(order));
    }

    @GetMapping(params = "q")
    List<OrderResponse> search(@RequestParam("q") String query) {
        return orders.search(query).stream().map(OrderResponse::of).toList();
    }

    @GetMapping(params = "customer")
    List<OrderResponse> forCustomer(@RequestParam("customer") String customerId) {
        return orders.forCustomer(customerId).stream().map(OrderResponse::of).toList();
    }
}
