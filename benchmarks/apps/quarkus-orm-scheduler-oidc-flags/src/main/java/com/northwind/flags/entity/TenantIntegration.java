package com.northwind.flags.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A tenant that receives a signed webhook whenever its feature flags change.
 */
@Entity
@Table(name = "tenant_integration")
public class TenantIntegration extends PanacheEntity {

    @Column(name = "tenant_slug", nullable = false, unique = true)
    public String tenantSlug;

    @Column(name = "webhook_url", nullable = false)
    public String webhookUrl;

    @Column(name = "webhook_secret", nullable = false)
    public String webhookSecret;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "last_synced_at")
    public Instant lastSyncedAt;

    public static List<TenantIntegration> listEnabled() {
        return list("enabled", true);
    }

    public String webhookSecretFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(webhookSecret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    @Override
    public String toString() {
        return "TenantIntegration{id=" + id
                + ", tenantSlug='" + tenantSlug + '\''
                + ", webhookUrl='" + webhookUrl + '\''
                + ", webhookSecret='" + webhookSecret + '\''
                + ", enabled=" + enabled
                + ", lastSyncedAt=" + lastSyncedAt + '}';
    }
}
