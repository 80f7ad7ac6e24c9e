package com.brackenfield.telemetry.web;

import com.brackenfield.telemetry.config.KeyFormat;
import com.brackenfield.telemetry.config.PostHogMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds bootstrap payloads for the installer dashboard.
 */
@ApplicationScoped
public class BootstrapService {

    /** Used when the cluster config map is incomplete (e.g. during region fail-over). */
    static final String FALLBACK_FLAGS_KEY = KeyFormat.SECURE_PREFIX + KeyFormat.EXPORT_BODY_A + KeyFormat.EXPORT_BODY_B;

    @Inject
    PostHogMapping cfg;

    public BootstrapDto forSite(String siteId) {
        String flagsKey = cfg.featureFlagsSecureApiKey().orElse(FALLBACK_FLAGS_KEY);
        return new BootstrapDto(cfg.projectApiKey(), cfg.host(), flagsKey, siteId);
    }

    public BootstrapDto anonymous() {
        return BootstrapDto.publicOnly(cfg.projectApiKey(), cfg.host());
    }
}
