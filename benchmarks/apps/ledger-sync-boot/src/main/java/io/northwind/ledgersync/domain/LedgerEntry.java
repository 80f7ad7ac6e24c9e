package io.northwind.ledgersync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum Source { KAFKA, POSTHOG_SYNC, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String accountId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(unique = true)
    private String externalEventId;

    private Instant occurredAt;

    protected LedgerEntry() {
    }

    public LedgerEntry(String accountId, BigDecimal amount, String currency, Source source,
                       String externalEventId, Instant occurredAt) {
        this.accountId = accountId;
        this.amount = amount;
        this.currency = currency;
        this.source = source;
        this.externalEventId = externalEventId;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public String getAccountId() {
        return accountId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Source getSource() {
        return source;
    }

    public String getExternalEventId() {
        return externalEventId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
