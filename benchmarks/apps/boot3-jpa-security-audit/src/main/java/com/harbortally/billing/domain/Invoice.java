package com.harbortally.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "invoice")
public class Invoice {

    public enum Status { DRAFT, ISSUED, PAID, VOID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_ref", nullable = false)
    private String customerRef;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected Invoice() {
    }

    public Invoice(String customerRef, BigDecimal amount, String currency, LocalDate dueDate) {
        this.customerRef = customerRef;
        this.amount = amount;
        this.currency = currency;
        this.dueDate = dueDate;
    }

    public Long getId() { return id; }
    public String getCustomerRef() { return customerRef; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public LocalDate getDueDate() { return dueDate; }
}
