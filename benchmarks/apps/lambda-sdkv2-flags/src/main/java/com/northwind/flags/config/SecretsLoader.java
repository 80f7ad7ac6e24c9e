package com.northwind.flags.config;

import com.northwind.flags.posthog.PostHogConfigException;
import com.northwind.flags.util.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.Parameter;

/**
 * Loads credentials from Secrets Manager and SSM Parameter Store.
 * Clients are created once and reused across invocations.
 */
public class SecretsLoader {

    private static final Logger log = LoggerFactory.getLogger(SecretsLoader.class);

    private final SecretsManagerClient secretsManager;
    private final SsmClient ssm;

    public SecretsLoader(SecretsManagerClient secretsManager, SsmClient ssm) {
        this.secretsManager = secretsManager;
        this.ssm = ssm;
    }

    public static SecretsLoader create() {
        return new SecretsLoader(SecretsManagerClient.create(), SsmClient.create());
    }

    /** PostHog personal API key (phx_), stored as a plain-text secret. */
    public String personalApiKey(AppConfig config) {
        String secretArn = config.personalKeySecretArn();
        if (secretArn.isBlank()) {
            log.warn("POSTHOG_PERSONAL_KEY_SECRET_ARN not set, falling back to the local key");
            return PostHogKeys.LOCAL_PERSONAL_KEY;
        }
        log.info("Loading PostHog personal key from {}", secretArn);
        GetSecretValueResponse response = secretsManager.getSecretValue(
                GetSecretValueRequest.builder().secretId(secretArn).build());
        String secretString = response.secretString().trim();
        log.debug("Secret {} (version {}) resolved to {}", response.name(), response.versionId(), secretString);
        if (!secretString.startsWith("phx_")) {
            throw PostHogConfigException.invalidPersonalKey(secretString, null);
        }
        return secretString;
    }

    /** Feature flags secure API key (phs_), stored as an SSM SecureString. */
    public String flagsSecureKey(AppConfig config) {
        Parameter parameter = ssm.getParameter(GetParameterRequest.builder()
                .name(config.flagsSecureKeyParam())
                .withDecryption(true)
                .build()).parameter();
        String value = parameter.value();
        log.info("Loaded flags secure key {} (parameter version {})", Masking.mask(value), parameter.version());
        return value;
    }

    /** Shared token for the internal admin endpoints. */
    public String adminApiToken(AppConfig config) {
        if (config.adminTokenSecretArn().isBlank()) {
            throw PostHogConfigException.missing("ADMIN_TOKEN_SECRET_ARN");
        }
        return secretsManager.getSecretValue(
                GetSecretValueRequest.builder().secretId(config.adminTokenSecretArn()).build())
                .secretString();
    }
}
