package com.northwind.flagrelay.posthog;

import com.northwind.flagrelay.config.BuildInfo;
import com.northwind.flagrelay.config.RelayConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Builds the PostHog clients the relay needs. */
public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private final RelayConfig config;

    public PostHogClientFactory(RelayConfig config) {
        this.config = config;
    }

    /** Client used to evaluate flags locally and capture relay events. */
    public PostHogInterface flagsClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getPostHogHost())
                .pollIntervalSeconds(config.getPollIntervalSeconds());
        if (config.credentials().localEvaluationPossible()) {
            builder.personalApiKey(config.getPersonalApiKey());
        }
        builder.debug(BuildInfo.SDK_DEBUG);
        LOG.printf(Level.INFO, "PostHog client ready (host=%s, poll=%ds, sdkDebug=%b)",
                config.getPostHogHost(), config.getPollIntervalSeconds(), BuildInfo.SDK_DEBUG);
        return PostHog.with(builder.build());
    }

    /**
     * Client for the admin audit trail: events are captured under the project of the
     * admin that owns the personal key.
     */
    public PostHogInterface auditClient() {
        PostHogConfig auditConfig = PostHogConfig.builder(config.getPersonalApiKey())
                .host(config.getPostHogHost())
                .build();
        LOG.info("Audit client created, key fingerprint {}",
                com.northwind.flagrelay.util.Secrets.sha256Hash(config.getPersonalApiKey()));
        return PostHog.with(auditConfig);
    }
}
