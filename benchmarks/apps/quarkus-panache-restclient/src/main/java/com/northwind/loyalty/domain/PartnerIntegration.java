package com.northwind.loyalty.domain;

import com.northwind.loyalty.support.Secrets;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A coffee-shop or airline partner that posts point accruals to /partner endpoints.
 */
@Entity
@Table(name = "partner_integration")
public class PartnerIntegration extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String name;

    /** SHA-256 of the partner's API key; the key itself is only shown once at onboarding. */
    @Column(name = "api_key_sha256", nullable = false, unique = true)
    public String apiKeySha256;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_secret")
    public String webhookSecret;

    public boolean active = true;

    public static Optional<PartnerIntegration> findByApiKeyHash(String sha256) {
        return find("apiKeySha256 = ?1 and active = true", sha256).firstResultOptional();
    }

    public void rotateWebhookSecret() {
        this.webhookSecret = "whsec_" + Secrets.randomToken(24);
    }
}
