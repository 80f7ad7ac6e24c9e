package com.northwind.portal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConstructorBinding;

/**
 * Settings for the upstream partner catalogue API ({@code partner-api.*}).
 */
@ConstructorBinding
@ConfigurationProperties(prefix = "partner-api")
public class PartnerApiProperties {

    /** Name of the header the partner gateway reads the token from. */
    public static final String TOKEN_HEADER = "X-Api-Key";

    private final String baseUrl;
    private final String apiToken;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;

    public PartnerApiProperties(String baseUrl, String apiToken, int connectTimeoutMs, int readTimeoutMs) {
        this.baseUrl = baseUrl;
        this.apiToken = apiToken;
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getApiToken() {
        return apiToken;
    }

    public int getConnectTimeoutMs() {
        return connectTimeoutMs;
    }

    public int getReadTimeoutMs() {
        return readTimeoutMs;
    }
}
