package com.northwind.growth.cohortsync.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Reads the two JSON secrets the service depends on:
 * <ul>
 *   <li>{@code cohort-sync/<stage>/posthog}: {@code project_api_key}, {@code personal_api_key},
 *       {@code feature_flags_secure_key}</li>
 *   <li>{@code cohort-sync/<stage>/warehouse}: the RDS-style document (host, port, dbname,
 *       username, password)</li>
 * </ul>
 */
public final class SecretsManagerCredentialSource {

    private static final Logger LOG = LogManager.getLogger(SecretsManagerCredentialSource.class);

    private final SecretsManagerClient client;

    public SecretsManagerCredentialSource(SecretsManagerClient client) {
        this.client = client;
    }

    public PostHogCredentials loadPostHogCredentials(String secretId) {
        String secretString = fetch(secretId);
        try {
            JsonObject json = JsonParser.parseString(secretString).getAsJsonObject();
            return new PostHogCredentials(
                    json.get("project_api_key").getAsString(),
                    optional(json, "personal_api_key"),
                    optional(json, "feature_flags_secure_key"));
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw new IllegalStateException("Secret " + secretId + " is not a PostHog credentials document: " + secretString, e);
        }
    }

    public SyncSettings.Warehouse loadWarehouse(String secretId, String schema) {
        JsonObject json = JsonParser.parseString(fetch(secretId)).getAsJsonObject();
        String jdbcUrl = "jdbc:postgresql://%s:%d/%s".formatted(
                json.get("host").getAsString(),
                json.get("port").getAsInt(),
                json.get("dbname").getAsString());
        return new SyncSettings.Warehouse(
                jdbcUrl,
                json.get("username").getAsString(),
                json.get("password").getAsString(),
                schema);
    }

    private String fetch(String secretId) {
        try {
            GetSecretValueResponse response = client.getSecretValue(
                    GetSecretValueRequest.builder().secretId(secretId).build());
            LOG.debug("Fetched secret {} (version {}, stages {})",
                    response.name(), response.versionId(), response.versionStages());
            return response.secretString();
        } catch (ResourceNotFoundException e) {
            throw new IllegalStateException("Secret " + secretId + " does not exist in this account", e);
        }
    }

    private static String optional(JsonObject json, String member) {
        JsonElement element = json.get(member);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }
}
