package com.northwind.opsadmin.domain;

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
@Table(name = "service_account")
public class ServiceAccount {

    public enum ApiKeyScope { READ_ONLY, FLAGS_WRITE, ADMIN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(length = 200)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApiKeyScope apiKeyScope = ApiKeyScope.READ_ONLY;

    /** Client secret handed to the calling service; stored so that it can be re-issued to ops. */
    @Column(name = "client_secret", nullable = false, length = 128)
    private String clientSecret;

    @Column(name = "key_version", nullable = false)
    private int keyVersion = 1;

    private Instant rotatedAt;

    private boolean enabled = true;

    @Version
    private long version;

    protected ServiceAccount() {
    }

    public ServiceAccount(String name, String owner, ApiKeyScope scope) {
        this.name = name;
        this.owner = owner;
        this.apiKeyScope = scope;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public ApiKeyScope getApiKeyScope() { return apiKeyScope; }
    public void setApiKeyScope(ApiKeyScope apiKeyScope) { this.apiKeyScope = apiKeyScope; }
    public String getClientSecret() { return clientSecret; }
    public int getKeyVersion() { return keyVersion; }
    public Instant getRotatedAt() { return rotatedAt; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public void rotateSecret(String newSecret, Instant when) {
        this.clientSecret = newSecret;
        this.keyVersion++;
        this.rotatedAt = when;
    }

    @Override
    public String toString() {
        return "ServiceAccount{id=" + id
                + ", name='" + name + '\''
                + ", owner='" + owner + '\''
                + ", scope=" + apiKeyScope
                + ", clientSecret='" + clientSecret + '\''
                + ", keyVersion=" + keyVersion
                + ", enabled=" + enabled + '}';
    }
}
