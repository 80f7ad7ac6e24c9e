package com.northwind.shop.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("orders")
public class Order {

    public enum Status { PLACED, PAID, CANCELLED }

    @Id
    private Long id;
    private final String reference;
    private final String customerId;
    private final BigDecimal total;
    private final String currency;
    private Status status;
    private String captureId;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Order(Long id, String reference, String customerId, BigDecimal total, String currency, Status status,
          String captureId, Instant createdAt, Integer version) {
        this.id = id;
        this.reference = reference;
        this.customerId = customerId;
        this.total = total;
        this.currency = currency;
        this.status = status;
        this.captureId = captureId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Order place(String customerId, BigDecimal total, String currency) {
        String reference = "NW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return new Order(null, reference, customerId, total, currency, Status.PLACED, null, Instant.now(), null);
    }

    void markPaid(String captureId) {
        if (status != Status.PLACED) {
            throw new IllegalStateException("Order " + reference + " is " + status);
        }
        this.status = Status.PAID;
        this.captureId = captureId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getCustomerId() {
        return customerId;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getCurrency() {
        return currency;
    }

    public Status getStatus() {
        return status;
    }

    public String getCaptureId() {
        return captureId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
