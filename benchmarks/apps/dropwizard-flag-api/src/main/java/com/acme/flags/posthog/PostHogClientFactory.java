package com.acme.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the PostHog SDK clients used by the service.
 */
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Production client: local evaluation with the feature-flags secure key when we have one. */
    public PostHogInterface buildFlagClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(30);
        if (settings.hasSecureKey()) {
            builder.personalApiKey(settings.getFeatureFlagsSecureKey());
        }
        LOG.info("PostHog flag client: local evaluation={}", settings.hasSecureKey());
        return PostHog.with(builder.build());
    }

    /** Local docker-compose stack: verbose SDK output so we can see flag polls. */
    public PostHogInterface buildLocalDevClient() {
        LOG.warn("Using local-dev PostHog client with personal key {}", settings.getPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Audit events (who toggled what) go to the internal "ops-audit" project. */
    public PostHogInterface buildAuditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .flushAt(10)
                .build();
        return PostHog.with(config);
    }
}
