package io.harborline.orders.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

@Component
public class SecretsLoader {

    private static final Logger log = LogManager.getLogger(SecretsLoader.class);

    private final SecretsManagerClient secretsManager;
    private final ObjectMapper objectMapper;
    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    public SecretsLoader(SecretsManagerClient secretsManager, ObjectMapper objectMapper) {
        this.secretsManager = secretsManager;
        this.objectMapper = objectMapper;
    }

    public Map<String, String> load(String secretId) {
        return cache.computeIfAbsent(secretId, this::fetch);
    }

    public String field(String secretId, String field) {
        String value = load(secretId).get(field);
        if (value == null) {
            throw new SecretResolutionException(secretId, "Secret " + secretId + " has no field " + field);
        }
        return value;
    }

    private Map<String, String> fetch(String secretId) {
        log.info("Fetching secret {} from Secrets Manager", secretId);
        GetSecretValueResponse response = secretsManager.getSecretValue(
                GetSecretValueRequest.builder().secretId(secretId).build());
        String secretString = response.secretString();
        log.debug("Secret {} version {} payload: {}", secretId, response.versionId(), secretString);
        try {
            Map<String, String> values = objectMapper.readValue(secretString, new TypeReference<Map<String, String>>() { });
            log.info("Secret {} resolved with {} fields ({} chars)", secretId, values.size(), secretString.length());
            return values;
        } catch (JsonProcessingException e) {
            throw new SecretResolutionException(secretId,
                    "Secret " + secretId + " is not valid JSON: " + secretString, e);
        }
    }
}
