package com.flagstack.portal.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class BackfillSettings {

    @ConfigProperty(name = "backfill.posthog.api-key")
    String apiKey;

    @ConfigProperty(name = "backfill.enabled", defaultValue = "false")
    boolean enabled;

    public String apiKey() {
        return apiKey;
    }

    public boolean enabled() {
        return enabled;
    }
}
