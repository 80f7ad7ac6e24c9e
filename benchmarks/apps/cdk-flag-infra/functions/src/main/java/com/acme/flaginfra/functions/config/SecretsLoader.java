package com.acme.flaginfra.functions.config;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/** Reads secrets once per cold start; the functions cache what they get. */
public final class SecretsLoader {

    private static final Logger LOG = LogManager.getLogger(SecretsLoader.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecretsManagerClient CLIENT = SecretsManagerClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .build();

    private SecretsLoader() {
    }

    public static String fetchString(String secretId) {
        if (secretId == null || secretId.isBlank()) {
            return null;
        }
        GetSecretValueResponse response = CLIENT.getSecretValue(GetSecretValueRequest.builder()
                .secretId(secretId)
                .build());
        String value = response.secretString();
        LOG.debug(String.format("Fetched secret %s (version %s): %s", secretId, response.versionId(), value));
        return value;
    }

    public static WarehouseCredentials fetchWarehouseCredentials(String secretId) {
        String json = fetchString(secretId);
        try {
            JsonNode node = MAPPER.readTree(json);
            return new WarehouseCredentials(
                    node.path("url").asText(),
                    node.path("username").asText(),
                    node.path("password").asText());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Warehouse secret " + secretId + " is not valid JSON", e);
        }
    }
}
