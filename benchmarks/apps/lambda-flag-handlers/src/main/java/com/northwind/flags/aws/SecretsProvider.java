package com.northwind.flags.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.exception.FlagServiceException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Reads JSON secrets from AWS Secrets Manager and keeps them for the life of the container.
 */
public class SecretsProvider {

    private static final Logger LOG = LogManager.getLogger(SecretsProvider.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final SecretsManagerClient client;
    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    public SecretsProvider(SecretsManagerClient client) {
        this.client = client;
    }

    public Map<String, String> getJsonSecret(String secretId) {
        return cache.computeIfAbsent(secretId, this::fetch);
    }

    private Map<String, String> fetch(String secretId) {
        GetSecretValueResponse response = client.getSecretValue(GetSecretValueRequest.builder()
                .secretId(secretId)
                .build());
        LOG.info("Fetched secret {} version {}", secretId, response.versionId());
        String secretString = response.secretString();
        try {
            return MAPPER.readValue(secretString, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new FlagServiceException("Secret " + secretId + " is not a JSON object: " + secretString, e);
        }
    }
}
