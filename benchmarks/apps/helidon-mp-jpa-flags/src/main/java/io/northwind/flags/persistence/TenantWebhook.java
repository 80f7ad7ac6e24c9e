package io.northwind.flags.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Endpoint notified when a tenant's flag overrides change; payloads are HMAC-signed.
 */
@Entity
@Table(name = "tenant_webhook")
public class TenantWebhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String tenant;

    @Column(name = "target_url", nullable = false, length = 500)
    private String targetUrl;

    @Column(name = "signing_secret", nullable = false, length = 128)
    private String signingSecret;

    protected TenantWebhook() {
    }

    public TenantWebhook(String tenant, String targetUrl, String signingSecret) {
        this.tenant = tenant;
        this.targetUrl = targetUrl;
        this.signingSecret = signingSecret;
    }

    public Long getId() {
        return id;
    }

    public String getTenant() {
        return tenant;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    @Override
    public String toString() {
        return "TenantWebhook[id=" + id + ", tenant=" + tenant + ", targetUrl=" + targetUrl
                + ", signingSecret=" + signingSecret + "]";
    }
}
