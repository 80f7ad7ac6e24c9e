package io.ledgerly.billing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 *
 * @param apiKey project API key (phc_), sent with captured events
 * @param personalApiKey personal API key (phx_) of the billing service user, used for local flag
 *     evaluation and for the flag admin screens
 * @param host ingestion host
 * @param privateApiHost host of the private REST API
 * @param projectId numeric project id
 * @param debug SDK debug output
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
    String apiKey,
    String personalApiKey,
    String host,
    String privateApiHost,
    long projectId,
    boolean debug) {}
