package com.northwind.reports.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A mailing-list entry: which insight goes to whom, and where to post the
 * delivery receipt.
 */
@Entity
@Table(name = "report_subscription")
@NamedQuery(name = ReportSubscription.FIND_ACTIVE_FOR_INSIGHT,
        query = "select s from ReportSubscription s where s.insightId = :insightId and s.active = true")
public class ReportSubscription {

    public static final String FIND_ACTIVE_FOR_INSIGHT = "ReportSubscription.findActiveForInsight";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "insight_id", nullable = false)
    private long insightId;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "receipt_webhook_url")
    private String receiptWebhookUrl;

    @Column(name = "webhook_secret")
    private String webhookSecret;

    private boolean active = true;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    public Long getId() {
        return id;
    }

    public long getInsightId() {
        return insightId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getReceiptWebhookUrl() {
        return receiptWebhookUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public void markSent(Instant when) {
        this.lastSentAt = when;
    }

    @Override
    public String toString() {
        return "ReportSubscription[id=" + id
                + ", insightId=" + insightId
                + ", recipient=" + recipient
                + ", webhook=" + receiptWebhookUrl
                + ", webhookSecret=" + webhookSecret
                + "]";
    }
}
