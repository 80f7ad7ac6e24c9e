package com.northwind.ledgersync.model;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OAuth client credentials and API key issued to us by the partner ledger.
 */
@ConfigurationProperties(prefix = "partner")
public class PartnerCredentials {

    private String baseUrl;
    private String clientId;
    private String clientSecret;
    private String apiKey;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String toString() {
        return "PartnerCredentials{baseUrl=" + baseUrl
                + ", clientId=" + clientId
                + ", clientSecret=" + clientSecret
                + ", apiKey=" + apiKey + "}";
    }
}
