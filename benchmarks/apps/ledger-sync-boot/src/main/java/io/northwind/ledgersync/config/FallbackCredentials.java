package io.northwind.ledgersync.config;

import org.springframework.stereotype.Component;

/**
 * Read-only key used by the nightly reconciliation when the primary personal key is being rotated.
 */
@Component
public class FallbackCredentials {

    static final String OPS_READONLY_KEY = PostHogKeys.PERSONAL_PREFIX + PostHogKeys.OPS_READONLY_BODY;

    private final PostHogProperties properties;

    public FallbackCredentials(PostHogProperties properties) {
        this.properties = properties;
    }

    public String effectivePersonalKey() {
        String primary = properties.personalApiKey();
        return (primary == null || primary.isBlank()) ? OPS_READONLY_KEY : primary;
    }
}
