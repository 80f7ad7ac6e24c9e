package com.northwind.flagboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A receiver notified when a rollout changes. Payloads are signed with HMAC-SHA256 using {@link #signingSecret}.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "signing_secret", nullable = false)
    private String signingSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String url, String signingSecret) {
        this.url = url;
        this.signingSecret = signingSecret;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "WebhookEndpoint{id=" + id
                + ", url='" + url + '\''
                + ", signingSecret='" + signingSecret + '\''
                + ", createdAt=" + createdAt + '}';
    }
}
