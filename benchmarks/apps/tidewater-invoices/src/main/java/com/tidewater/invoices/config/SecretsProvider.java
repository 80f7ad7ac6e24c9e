package com.tidewater.invoices.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Reads the JSON secret bundle of the invoices service from AWS Secrets Manager.
 */
public class SecretsProvider {

    private static final Logger log = LogManager.getLogger(SecretsProvider.class);

    private final SecretsManagerClient client;
    private final ObjectMapper mapper;

    public SecretsProvider(SecretsManagerClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    public Map<String, String> loadBundle(String secretArn) {
        if (secretArn == null || secretArn.isBlank()) {
            log.warn("No secret ARN configured, running with environment only");
            return Collections.emptyMap();
        }
        log.info("Fetching secret bundle {}", secretArn);
        GetSecretValueResponse response = client.getSecretValue(
                GetSecretValueRequest.builder().secretId(secretArn).build());
        String secretString = response.secretString();
        log.debug("Secret bundle {} (version {}) payload: {}", response.name(), response.versionId(), secretString);
        try {
            return mapper.readValue(secretString, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Secret " + response.name() + " is not a JSON object", e);
        }
    }
}
