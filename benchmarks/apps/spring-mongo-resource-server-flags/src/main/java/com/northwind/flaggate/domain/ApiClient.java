package com.northwind.flaggate.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Machine client allowed to subscribe to flag webhooks. The secret is returned once on
 * registration and used to sign webhook payloads.
 */
@Document("api_clients")
public class ApiClient {

    @Id
    private String id;

    @Indexed(unique = true)
    private String clientId;
    private String displayName;
    private String clientSecret;
    private List<String> scopes;
    private String callbackUrl;

    @CreatedDate
    private Instant createdAt;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String displayName, String clientSecret,
                     List<String> scopes, String callbackUrl) {
        this.clientId = clientId;
        this.displayName = displayName;
        this.clientSecret = clientSecret;
        this.scopes = scopes;
        this.callbackUrl = callbackUrl;
    }

    public String getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "ApiClient[clientId=" + clientId
                + ", displayName=" + displayName
                + ", clientSecret=" + clientSecret
                + ", scopes=" + scopes
                + ", callbackUrl=" + callbackUrl + "]";
    }
}
