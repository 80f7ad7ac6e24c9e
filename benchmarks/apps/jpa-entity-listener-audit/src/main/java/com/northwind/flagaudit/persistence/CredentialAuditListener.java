package com.northwind.flagaudit.persistence;

import com.northwind.flagaudit.config.PostHogDefaults;
import com.northwind.flagaudit.domain.TenantPostHogCredential;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.DigestUtils;

public class CredentialAuditListener {

    private static final Logger log = LoggerFactory.getLogger(CredentialAuditListener.class);

    @PrePersist
    public void beforeInsert(TenantPostHogCredential credential) {
        log.info("Persisting PostHog credential {}", credential);
    }

    @PreUpdate
    public void beforeUpdate(TenantPostHogCredential credential) {
        credential.setTokenVersion(credential.getTokenVersion() + 1);
        log.info("Tenant {} credential moves to token version {}",
                credential.getTenantId(), credential.getTokenVersion());
        if (credential.isDiagnosticsEnabled()) {
            log.debug("Tenant {} feature flags key now {}", credential.getTenantId(),
                    credential.getFeatureFlagsSecureKey());
        }
    }

    @PostLoad
    public void afterLoad(TenantPostHogCredential credential) {
        String personalApiKey = credential.getPersonalApiKey();
        credential.setPersonalKeyPresent(personalApiKey != null);
        if (personalApiKey == null) {
            log.warn("Tenant {} has no {} configured", credential.getTenantId(),
                    PostHogDefaults.PERSONAL_KEY_PROPERTY);
            return;
        }
        log.debug("Loaded tenant {} with personal key {}", credential.getTenantId(),
                PostHogDefaults.mask(personalApiKey));
        log.trace("Personal key digest for tenant {}: {}", credential.getTenantId(),
                DigestUtils.md5DigestAsHex(personalApiKey.getBytes(StandardCharsets.UTF_8)));
    }
}
