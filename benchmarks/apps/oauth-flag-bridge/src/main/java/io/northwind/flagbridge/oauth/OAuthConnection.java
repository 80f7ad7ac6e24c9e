package io.northwind.flagbridge.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "posthog_connection",
        uniqueConstraints = @UniqueConstraint(columnNames = {"client_registration_id", "principal_name"}))
public class OAuthConnection {

    public enum Status { ACTIVE, NEEDS_RECONNECT }

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "client_registration_id", nullable = false)
    private String clientRegistrationId;

    @Column(name = "principal_name", nullable = false)
    private String principalName;

    @Column(name = "organisation_id")
    private String organisationId;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "project_api_key")
    private String projectApiKey;

    @Column(name = "access_token", nullable = false, length = 512)
    private String accessToken;

    @Column(name = "refresh_token", length = 512)
    private String refreshToken;

    @Column(name = "access_token_issued_at")
    private Instant accessTokenIssuedAt;

    @Column(name = "access_token_expires_at")
    private Instant accessTokenExpiresAt;

    @Column(name = "scopes")
    private String scopes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OAuthConnection() {
    }

    public OAuthConnection(String clientRegistrationId, String principalName) {
        this.clientRegistrationId = clientRegistrationId;
        this.principalName = principalName;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public void updateTokens(String accessToken, String refreshToken, Instant issuedAt, Instant expiresAt, Set<String> scopes) {
        this.accessToken = accessToken;
        if (refreshToken != null) {
            this.refreshToken = refreshToken;
        }
        this.accessTokenIssuedAt = issuedAt;
        this.accessTokenExpiresAt = expiresAt;
        if (scopes != null && !scopes.isEmpty()) {
            this.scopes = String.join(" ", scopes);
        }
        this.status = Status.ACTIVE;
    }

    public void attachOrganisation(String organisationId, String organisationName, long projectId, String projectApiKey) {
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
    }

    public void markNeedsReconnect() {
        this.status = Status.NEEDS_RECONNECT;
    }

    public PostHogCredentials toCredentials() {
        return new PostHogCredentials(accessToken, refreshToken, accessTokenExpiresAt, getScopeSet());
    }

    public Set<String> getScopeSet() {
        if (scopes == null || scopes.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public UUID getId() { return id; }
    public String getClientRegistrationId() { return clientRegistrationId; }
    public String getPrincipalName() { return principalName; }
    public String getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public Long getProjectId() { return projectId; }
    public String getProjectApiKey() { return projectApiKey; }
    public String getAccessToken() { return accessToken; }
    public String getRefreshToken() { return refreshToken; }
    public Instant getAccessTokenIssuedAt() { return accessTokenIssuedAt; }
    public Instant getAccessTokenExpiresAt() { return accessTokenExpiresAt; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "OAuthConnection{" +
                "id=" + id +
                ", clientRegistrationId='" + clientRegistrationId + '\'' +
                ", principalName='" + principalName + '\'' +
                ", organisationId='" + organisationId + '\'' +
                ", projectId=" + projectId +
                ", accessToken='" + accessToken + '\'' +
                ", refreshToken='" + refreshToken + '\'' +
                ", accessTokenExpiresAt=" + accessTokenExpiresAt +
                ", status=" + status +
                '}';
    }
}
