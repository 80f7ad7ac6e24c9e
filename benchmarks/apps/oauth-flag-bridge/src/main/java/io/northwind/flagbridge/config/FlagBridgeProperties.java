package io.northwind.flagbridge.config;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings for talking to PostHog. The OAuth client itself is registered under
 * {@code spring.security.oauth2.client.registration.posthog}; this record only holds
 * what the bridge needs on top of that.
 */
@Validated
@ConfigurationProperties(prefix = "flagbridge.posthog")
public record FlagBridgeProperties(
        @NotBlank String appHost,
        @NotBlank String ingestHost,
        @NotBlank String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        URI frontendUrl,
        Duration refreshSkew,
        Duration flagPollInterval) {

    public FlagBridgeProperties {
        if (refreshSkew == null) {
            refreshSkew = Duration.ofMinutes(10);
        }
        if (flagPollInterval == null) {
            flagPollInterval = Duration.ofSeconds(30);
        }
    }

    public String tokenUri() {
        return appHost + "/oauth/token/";
    }
}
