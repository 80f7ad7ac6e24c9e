package com.tidewaterlabs.flaggateway.secrets;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

@Singleton
public class SecretsManagerReader {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerReader.class);

    private final SecretsManagerClient secretsManager;
    private final JsonMapper jsonMapper;

    public SecretsManagerReader(SecretsManagerClient secretsManager, JsonMapper jsonMapper) {
        this.secretsManager = secretsManager;
        this.jsonMapper = jsonMapper;
    }

    public Map<String, String> readJsonSecret(String secretId) {
        GetSecretValueResponse response = secretsManager.getSecretValue(
                GetSecretValueRequest.builder().secretId(secretId).build());
        LOG.info("Fetched secret {} (version {})", response.arn(), response.versionId());
        String secretString = response.secretString();
        try {
            return jsonMapper.readValue(secretString, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            LOG.error("Secret {} is not a JSON object: {}", secretId, secretString);
            throw new KeyResolutionException("Secret " + secretId + " is not a JSON object", e);
        }
    }
}
