package com.fabrikam.flags.secrets;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class VaultSecretResolver {

    public static final String POSTHOG_FLAGS_SECURE_KEY = "posthog-flags-secure-key";
    public static final String POSTHOG_PERSONAL_API_KEY = "posthog-personal-api-key";
    public static final String SERVICEBUS_CONNECTION = "servicebus-connection-string";

    private static final Logger log = LoggerFactory.getLogger(VaultSecretResolver.class);

    private static final Map<String, String> LOCAL_SECRETS = Map.of(
            POSTHOG_PERSONAL_API_KEY, "phx_cp5LZZUmLng3XZznjmtnXtTMq6Dmr3Mkb5astxyoikbsIn2");

    private final SecretClient secretClient;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public VaultSecretResolver(ObjectProvider<SecretClient> secretClient) {
        this.secretClient = secretClient.getIfAvailable();
    }

    public String resolve(String secretName) {
        return cache.computeIfAbsent(secretName, this::load);
    }

    public Optional<String> vaultUrl() {
        return Optional.ofNullable(secretClient).map(SecretClient::getVaultUrl);
    }

    public void evict(String secretName) {
        cache.remove(secretName);
        log.info("Evicted cached secret {}", secretName);
    }

    private String load(String secretName) {
        if (secretClient == null) {
            log.warn("Key Vault is disabled; using local value for {}", secretName);
            if (POSTHOG_FLAGS_SECURE_KEY.equals(secretName)) {
                return System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
            }
            return LOCAL_SECRETS.get(secretName);
        }

        log.info("Fetching secret {} from {}", secretName, secretClient.getVaultUrl());
        try {
            KeyVaultSecret secret = secretClient.getSecret(secretName);
            String value = secret.getValue();
            log.info("Loaded secret {} version {} ({} chars, expires {})",
                    secretName,
                    secret.getProperties().getVersion(),
                    value.length(),
                    secret.getProperties().getExpiresOn());
            log.debug("Secret {} resolved to {}", secretName, value);
            return value;
        } catch (ResourceNotFoundException e) {
            log.warn("Secret {} does not exist in {}", secretName, secretClient.getVaultUrl());
            return null;
        }
    }
}
