package com.northwind.shop.orders;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final ApplicationEventPublisher events;

    OrderService(OrderRepository orders, ApplicationEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    @Transactional
    public Order place(String customerId, BigDecimal total, String currency, String paymentToken, long sessionId) {
        Order order = orders.save(Order.place(customerId, total, currency));
        events.publishEvent(new OrderPlaced(order.getId(), order.getReference(), customerId, total, currency, paymentToken));
        log.info("Order {} placed by {} (checkout sessionId={})", order.getReference(), customerId, sessionId);
        return order;
    }

    @Transactional
    public void markPaid(long orderId, String captureId) {
        Order order = orders.findById(orderId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown order " + orderId));
        order.markPaid(captureId);
        orders.save(order);
    }

    @Transactional(readOnly = true)
    public List<Order> search(String query) {
        String[] tokens = query.trim().toUpperCase(Locale.ROOT).split("[\\s,;]+");
        log.debug("Order search '{}' split into tokens {}", query, Arrays.toString(tokens));
        return orders.findByReferenceIn(Arrays.asList(tokens));
    }

    @Transactional(readOnly = true)
    public List<Order> forCustomer(String customerId) {
        return orders.findByCustomerIdOrderByCreatedAtDesc(customerId);
    }
}
