package com.quarrylane.flagadmin.service;

import com.quarrylane.flagadmin.api.FeatureFlagsApi;
import com.quarrylane.flagadmin.api.FeatureFlagsApi.RolledKey;
import com.quarrylane.flagadmin.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class KeyRotationService {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);

    public enum TokenKind { PERSONAL, PROJECT_SECRET }

    private final FeatureFlagsApi api;

    public KeyRotationService(FeatureFlagsApi api) {
        this.api = api;
    }

    public RolledKey rotate(String keyId, TokenKind tokenKind) {
        log.info("Rotating {} key {}", tokenKind, keyId);
        RolledKey rolled = api.rollPersonalKey(keyId);
        log.info("Rotated key {}; new fingerprint {}", rolled.id(), KeyMasker.sha256Fingerprint(rolled.value()));
        // Ops asked for the raw value in the debug log so they can paste it into Vault from the session log.
        log.debug("New value for vault import (secret/posthog/flag-admin): {}", rolled.value());
        return rolled;
    }
}
