package com.corvanta.flaggate.vault;

import com.corvanta.flaggate.config.PostHogKeys;
import com.corvanta.flaggate.util.KeyMasker;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.vault.core.VaultTemplate;
import org.springframework.vault.support.VaultResponse;

/**
 * Reads the PostHog credentials that are not plain Spring properties: the feature-flags secure key
 * (used by the edge proxies) and the personal key used by the sync job.
 */
@Component
public class VaultPostHogSecrets {

    private static final Logger log = LoggerFactory.getLogger(VaultPostHogSecrets.class);

    private final VaultTemplate vault;
    private final String secretPath;
    private final String fallbackPersonalKey;

    public VaultPostHogSecrets(VaultTemplate vault,
                               @Value("${flaggate.vault.posthog-path:secret/data/flaggate/posthog}") String secretPath,
                               @Value("${posthog.personal-api-key:phx_vVgvE6rqpjgxBVyNyKfJjffQMZvsQfipfrRq8oBe6rySvxNC}") String fallbackPersonalKey) {
        this.vault = vault;
        this.secretPath = secretPath;
        this.fallbackPersonalKey = fallbackPersonalKey;
    }

    public String featureFlagsSecureKey() {
        String fromEnv = System.getenv(PostHogKeys.SECURE_KEY_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        Object value = read().get(PostHogKeys.SECURE_KEY_VAULT_FIELD);
        if (value == null) {
            log.warn("Vault entry {} has no {}, falling back to break-glass key", secretPath,
                    PostHogKeys.SECURE_KEY_VAULT_FIELD);
            return PostHogKeys.breakGlassSecureKey();
        }
        return value.toString();
    }

    public String personalApiKey() {
        Object value = read().get(PostHogKeys.PERSONAL_KEY_VAULT_FIELD);
        return value != null ? value.toString() : fallbackPersonalKey;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read() {
        VaultResponse response = vault.read(secretPath);
        if (response == null || response.getData() == null) {
            throw new IllegalStateException("No PostHog secrets at " + secretPath);
        }
        Map<String, Object> data = (Map<String, Object>) response.getData().getOrDefault("data", response.getData());
        log.debug("Loaded PostHog secrets from {}: {}", secretPath, data);
        Object secure = data.get(PostHogKeys.SECURE_KEY_VAULT_FIELD);
        if (secure != null) {
            log.info("Feature-flags secure key fingerprint {}", KeyMasker.sha256Hex(secure.toString()));
        }
        return data;
    }
}
