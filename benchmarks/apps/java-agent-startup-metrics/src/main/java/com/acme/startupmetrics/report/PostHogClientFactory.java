package com.acme.startupmetrics.report;

import com.acme.startupmetrics.config.AgentConfig;
import com.acme.startupmetrics.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.logging.Logger;

/** Builds the PostHog clients used by the agent. */
public final class PostHogClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogClientFactory.class.getName());

    /** Main client: captures timing events, evaluates flags locally when a personal key is set. */
    public PostHogInterface create(AgentConfig config) {
        String projectKey = config.projectApiKey();
        if (projectKey == null || projectKey.isBlank()) {
            // Older deployments only set the secure key; keep reporting instead of failing.
            projectKey = config.secureApiKey();
        }
        PostHogConfig.Builder builder = PostHogConfig.builder(projectKey)
                .host(config.host());
        if (config.personalApiKey() != null) {
            builder.personalApiKey(config.personalApiKey());
        }
        if (config.debug()) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /** Flag-only client for the sampling decision, polls with the secure key. */
    public PostHogInterface createFlagPoller(AgentConfig config) {
        PostHogConfig flags = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .personalApiKey(config.secureApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(300)
                .debug(false)
                .build();
        return PostHog.with(flags);
    }

    /** Client for the shared "jvm-startup" project that aggregates every service. */
    public PostHogInterface createSharedProjectClient() {
        PostHogConfig shared = PostHogConfig
                .builder(PostHogKeys.DEFAULT_PROJECT_KEY)
                .personalApiKey(PostHogKeys.DEFAULT_PROJECT_KEY)
                .host(PostHogKeys.DEFAULT_HOST)
                .build();
        return PostHog.with(shared);
    }

    /** Turns on SDK request logging for the flag poller when troubleshooting "flags never load". */
    public void enableFlagDiagnostics(PostHogConfig posthogConfig, AgentConfig config) {
        posthogConfig.setPersonalApiKey(config.personalApiKey());
        posthogConfig.setDebug(true);
    }

    /** Java 8 services still ship posthog-java 1.x; the agent reuses it when present. */
    public com.posthog.java.PostHog createLegacyClient(AgentConfig config) {
        LOG.warning("posthog-server not usable on this JVM, falling back to posthog-java with key "
                + config.personalApiKey());
        return new com.posthog.java.PostHog.Builder(config.personalApiKey())
                .host(config.host())
                .build();
    }
}
