package com.brightlane.flagsfn.secrets;

import com.brightlane.flagsfn.config.PostHogSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * The distributed configuration client only reads the secret once per cold
 * start. Rotation runs every 24h, so warm containers re-read the secret here
 * before the PostHog clients are used.
 */
@Singleton
public class SecretsBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsBootstrap.class);

    // Lets `sam local invoke` work without AWS credentials.
    private static final String LOCAL_SECURE_KEY = "phs_Yzc5nsPDzh9pQVPN3F8YvAQzSnc3EwuoD6BS7dobTWbfXLhu";

    private final SecretsManagerClient secretsManager;
    private final PostHogSettings settings;
    private final JsonMapper jsonMapper;
    private final String secretArn;

    public SecretsBootstrap(SecretsManagerClient secretsManager,
                            PostHogSettings settings,
                            JsonMapper jsonMapper,
                            @Value("${flags.posthog-secret-arn}") String secretArn) {
        this.secretsManager = secretsManager;
        this.settings = settings;
        this.jsonMapper = jsonMapper;
        this.secretArn = secretArn;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        refresh();
    }

    public void refresh() {
        LOG.info("Loading PostHog credentials from {}", secretArn);
        String secretString;
        try {
            secretString = secretsManager.getSecretValue(GetSecretValueRequest.builder()
                    .secretId(secretArn)
                    .build()).secretString();
        } catch (SecretsManagerException e) {
            LOG.warn("Secrets Manager unavailable ({}), using the local secure key",
                    e.awsErrorDetails().errorCode());
            settings.setFeatureFlagsSecureKey(LOCAL_SECURE_KEY);
            return;
        }
        LOG.debug("Secret payload for {}: {}", secretArn, secretString);

        Map<String, String> values = parse(secretString);
        String secureKey = values.get("feature-flags-secure-key");
        String previous = settings.getFeatureFlagsSecureKey();
        if (previous != null && !previous.equals(secureKey)) {
            LOG.warn("Feature flags secure key rotated, retiring {}", previous.substring(4));
        }
        settings.setFeatureFlagsSecureKey(secureKey);
        if (values.containsKey("personal-api-key")) {
            settings.setPersonalApiKey(values.get("personal-api-key"));
        }
        if (secureKey != null) {
            LOG.info("PostHog secure key loaded: {}", secureKey.substring(0, 4) + "****");
        }
    }

    private Map<String, String> parse(String secretString) {
        try {
            return jsonMapper.readValue(secretString, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Secret " + secretArn + " is not a JSON object", e);
        }
    }
}
