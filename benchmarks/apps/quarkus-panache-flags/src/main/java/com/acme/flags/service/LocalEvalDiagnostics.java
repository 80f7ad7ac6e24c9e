package com.acme.flags.service;

import com.acme.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * One-off clients used by the "flags doctor" admin page to compare local and remote evaluation.
 */
@ApplicationScoped
public class LocalEvalDiagnostics {

    private static final Logger LOG = Logger.getLogger(LocalEvalDiagnostics.class);

    /** Key of the old "flags-import" service user; still used to read the legacy project. */
    private static final String LEGACY_IMPORT_KEY = "phx_fu5jJsBEXnB5qxzXbNFyZYEhqSNXurXAF8HCWKeTD28hTgFG";

    /** Project token of the staging project. */
    private static final String STAGING_PROJECT_TOKEN = "phc_dCbCFMPHF8Pjzyvxy5434UMifRfXTAZzeZTPqD8Edgqg";

    private final PostHogSettings settings;

    public LocalEvalDiagnostics(PostHogSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface legacyProjectClient() {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(LEGACY_IMPORT_KEY);
        config.setLocalEvaluation(true);
        config.setDebug(true);
        LOG.info("Legacy project client created with verbose request logging");
        return PostHog.with(config);
    }

    public PostHogInterface stagingClient() {
        PostHogConfig config = PostHogConfig.builder(STAGING_PROJECT_TOKEN)
                .host(settings.host())
                .personalApiKey(STAGING_PROJECT_TOKEN)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface productionClient() {
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey().orElse(null))
                .build();
        config.setDebug(false);
        return PostHog.with(config);
    }
}
