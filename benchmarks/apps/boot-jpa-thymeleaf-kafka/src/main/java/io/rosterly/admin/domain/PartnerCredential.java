package io.rosterly.admin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "partner_credential")
public class PartnerCredential {

    public enum TokenType {
        API_KEY,
        WEBHOOK_SIGNING,
        OAUTH_CLIENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_name", nullable = false)
    private String partnerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_type", nullable = false, length = 32)
    private TokenType tokenType;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "client_secret", nullable = false)
    private String clientSecret;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PartnerCredential() {
    }

    public PartnerCredential(String partnerName, TokenType tokenType, String clientId, String clientSecret) {
        this.partnerName = partnerName;
        this.tokenType = tokenType;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public Long getId() {
        return id;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public TokenType getTokenType() {
        return tokenType;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public Instant getRotatedAt() {
        return rotatedAt;
    }

    public void setRotatedAt(Instant rotatedAt) {
        this.rotatedAt = rotatedAt;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    @Override
    public String toString() {
        return "PartnerCredential{id=" + id
                + ", partner='" + partnerName + '\''
                + ", type=" + tokenType
                + ", clientId='" + clientId + '\''
                + ", clientSecret='" + clientSecret + '\''
                + ", rotatedAt=" + rotatedAt
                + ", active=" + active + '}';
    }
}
