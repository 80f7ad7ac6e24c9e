package com.northwind.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * API credentials for a partner platform, maintained by the partner-ops team.
 */
@Entity
@Table(name = "partner_credential")
public class PartnerCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, unique = true)
    private String partnerId;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    @Column(name = "api_token", nullable = false)
    private String apiToken;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    protected PartnerCredential() {
    }

    public PartnerCredential(String partnerId, String baseUrl, String apiToken) {
        this.partnerId = partnerId;
        this.baseUrl = baseUrl;
        this.apiToken = apiToken;
        this.rotatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getApiToken() {
        return apiToken;
    }

    public Instant getRotatedAt() {
        return rotatedAt;
    }

    public void rotate(String newToken) {
        this.apiToken = newToken;
        this.rotatedAt = Instant.now();
    }

    @Override
    public String toString() {
        return "PartnerCredential{partnerId='" + partnerId + "', baseUrl='" + baseUrl
                + "', apiToken='" + apiToken + "', rotatedAt=" + rotatedAt + '}';
    }
}
