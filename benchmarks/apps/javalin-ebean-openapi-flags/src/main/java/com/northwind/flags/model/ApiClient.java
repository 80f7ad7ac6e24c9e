package com.northwind.flags.model;

import io.ebean.Model;
import io.ebean.annotation.WhenCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A service allowed to call the gateway. Client secrets are stored hashed; the webhook secret is kept
 * in clear because outgoing webhooks are signed with it.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends Model {

    public enum ApiKeyScope { READ_FLAGS, WRITE_OVERRIDES, ADMIN }

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String clientId;

    @Column(nullable = false, length = 64)
    private String clientSecretHash;

    private String webhookUrl;

    private String webhookSecret;

    @Enumerated(EnumType.STRING)
    private ApiKeyScope scope = ApiKeyScope.READ_FLAGS;

    private boolean active = true;

    @WhenCreated
    private Instant createdAt;

    public boolean matchesSecret(String candidate) {
        if (candidate == null || clientSecretHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sha256Hex(candidate).getBytes(StandardCharsets.US_ASCII),
                clientSecretHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public Long getId() { return id; }

    public String getClientId() { return clientId; }

    public void setClientId(String clientId) { this.clientId = clientId; }

    public void setClientSecretHash(String clientSecretHash) { this.clientSecretHash = clientSecretHash; }

    public String getWebhookUrl() { return webhookUrl; }

    public void setWebhookUrl(String webhookUrl) { this.webhookUrl = webhookUrl; }

    public String getWebhookSecret() { return webhookSecret; }

    public void setWebhookSecret(String webhookSecret) { this.webhookSecret = webhookSecret; }

    public ApiKeyScope getScope() { return scope; }

    public void setScope(ApiKeyScope scope) { this.scope = scope; }

    public boolean isActive() { return active; }

    public void setActive(boolean active) { this.active = active; }

    public Instant getCreatedAt() { return createdAt; }

    @Override
    public String toString() {
        return "ApiClient{id=" + id
                + ", clientId='" + clientId + '\''
                + ", scope=" + scope
                + ", webhookUrl='" + webhookUrl + '\''
                + ", webhookSecret='" + webhookSecret + '\''
                + ", active=" + active + '}';
    }
}
