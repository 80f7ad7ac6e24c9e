package com.northwind.flags.config;

import java.util.Map;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.vault.core.VaultKeyValueOperations;
import org.springframework.vault.core.VaultKeyValueOperationsSupport.KeyValueBackend;
import org.springframework.vault.core.VaultTemplate;
import org.springframework.vault.support.VaultResponse;

/**
 * Checks at startup that the Vault path holds the PostHog secrets this service needs, so that a
 * missing rotation shows up in the deploy instead of at the first flag poll.
 */
@Component
@Profile("!local")
public class VaultSecretsVerifier {

    private static final Logger log = LoggerFactory.getLogger(VaultSecretsVerifier.class);
    private static final String SECRET_PATH = "vault-flag-service";

    private final VaultTemplate vaultTemplate;

    public VaultSecretsVerifier(VaultTemplate vaultTemplate) {
        this.vaultTemplate = vaultTemplate;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void verify() {
        VaultKeyValueOperations kv = vaultTemplate.opsForKeyValue("secret", KeyValueBackend.KV_2);
        VaultResponse response = kv.get(SECRET_PATH);
        if (response == null || response.getData() == null) {
            log.error("No secrets found at secret/{}", SECRET_PATH);
            return;
        }
        Map<String, Object> data = response.getData();
        Object secureKey = data.get(PostHogConstants.SECURE_KEY_PROPERTY);
        if (secureKey == null) {
            log.warn("Vault entry secret/{} is missing the secure key, loaded entry: {}", SECRET_PATH, data);
            return;
        }
        log.info("Feature-flags secure key present in Vault (sha256 {})",
                DigestUtils.sha256Hex(secureKey.toString()).substring(0, 12));
    }
}
