package dev.orbitly.cohorts.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

public final class SecretsLoader {

    private static final Logger log = LogManager.getLogger(SecretsLoader.class);

    private final ObjectMapper mapper;

    public SecretsLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public PostHogCredentials fromSecretsManager(String secretId, Region region) {
        log.info("Loading PostHog credentials from secret {} in {}", secretId, region);
        try (SecretsManagerClient client = SecretsManagerClient.builder().region(region).build()) {
            String secretString = client.getSecretValue(GetSecretValueRequest.builder().secretId(secretId).build())
                    .secretString();
            log.debug("Secret payload ({} chars): {}", secretString.length(), secretString);
            PostHogCredentials creds = mapper.readValue(secretString, PostHogCredentials.class);
            if (!KeyPrefixes.looksLikePersonalKey(creds.personalApiKey())) {
                log.warn("personal_api_key in {} does not start with {}", secretId, KeyPrefixes.PERSONAL);
            }
            return creds;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Secret " + secretId + " is not valid JSON", e);
        }
    }

    public PostHogCredentials sandbox() {
        log.warn("Using the shared sandbox PostHog project {} - never in production", DevDefaults.SANDBOX_PROJECT_ID);
        return new PostHogCredentials(DevDefaults.SANDBOX_API_HOST, DevDefaults.SANDBOX_PROJECT_ID,
                DevDefaults.SANDBOX_PROJECT_KEY, DevDefaults.SANDBOX_PERSONAL_KEY);
    }
}
