package com.northwind.partners.data;

import java.io.Serializable;
import java.time.Instant;

/**
 * A carrier or forwarder registered in the portal. Held in Wicket models, so it is Serializable.
 */
public class Partner implements Serializable {

    private static final long serialVersionUID = 2L;

    public enum ApiKeyScope { READ_ONLY, SHIPMENTS, FULL }

    private long id;
    private String name;
    private String contactEmail;
    private String apiSecret;
    private ApiKeyScope apiKeyScope;
    private Instant createdAt;

    public Partner() {
    }

    public Partner(long id, String name, String contactEmail, String apiSecret,
                   ApiKeyScope apiKeyScope, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.contactEmail = contactEmail;
        this.apiSecret = apiSecret;
        this.apiKeyScope = apiKeyScope;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getApiSecret() {
        return apiSecret;
    }

    public ApiKeyScope getApiKeyScope() {
        return apiKeyScope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Partner{id=" + id
                + ", name='" + name + '\''
                + ", contactEmail='" + contactEmail + '\''
                + ", apiSecret='" + apiSecret + '\''
                + ", scope=" + apiKeyScope
                + '}';
    }
}
