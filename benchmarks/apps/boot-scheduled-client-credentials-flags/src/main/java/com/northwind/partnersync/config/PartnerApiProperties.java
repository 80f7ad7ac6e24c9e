package com.northwind.partnersync.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection settings for the Acme Wholesale partner API.
 * The partner requires both an OAuth2 client-credentials token and a static API key header.
 */
@ConfigurationProperties(prefix = "partner.api")
public record PartnerApiProperties(
        URI baseUrl,
        URI tokenUri,
        String clientId,
        String clientSecret,
        String apiKey,
        @DefaultValue("orders.read orders.ack") String scope,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    public static final String REGISTRATION_ID = "acme-wholesale";

    public static final String API_KEY_HEADER = "X-Partner-Api-Key";

    public String[] scopes() {
        return scope.split("\\s+");
    }
}
