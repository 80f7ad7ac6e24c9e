package com.northwind.flags.functions.secrets;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Caches the webhook signing secret; PostHog's destination is rotated every 30 days.
 */
public class WebhookSecretStore {

    private static final Logger LOGGER = LoggerFactory.getLogger(WebhookSecretStore.class);
    private static final Duration TTL = Duration.ofMinutes(10);

    private final SecretsManagerClient client;
    private final String secretId;
    private String cached;
    private Instant fetchedAt = Instant.EPOCH;

    public WebhookSecretStore(SecretsManagerClient client, String secretId) {
        this.client = client;
        this.secretId = secretId;
    }

    public synchronized String signingSecret() {
        if (cached == null || fetchedAt.plus(TTL).isBefore(Instant.now())) {
            GetSecretValueResponse response = client.getSecretValue(
                    GetSecretValueRequest.builder().secretId(secretId).build());
            cached = response.secretString();
            fetchedAt = Instant.now();
            LOGGER.debug(String.format("Webhook signing secret refreshed: version=%s value=%s",
                    response.versionId(), cached));
        }
        return cached;
    }
}
