package io.northwind.flaggate.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flaggate.config.PostHogConstants;
import io.northwind.flaggate.config.PostHogSettings;

/**
 * Builds the posthog-server clients used by the gateway.
 */
public final class PostHogClientFactory {

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Main client: local evaluation of flags with the personal key. */
    public PostHogInterface evaluationClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client used by the event forwarder; no flags, so no personal key. */
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client for the /admin/diagnostics endpoint. Debug output makes it easy to see
     * what the poller is doing when a flag looks stale.
     */
    public PostHogInterface diagnosticsClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey());
        builder.debug(true);
        return PostHog.with(builder.build());
    }

    /**
     * Secure-key client for the edge evaluation path: flags are evaluated with the
     * project's feature-flags secure key.
     */
    public PostHogInterface secureEdgeClient() {
        PostHogConfig config = PostHogConfig.builder(settings.featureFlagsSecureKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    /** Nightly reconciliation runs under the old service identity. */
    public PostHogInterface reconciliationClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(PostHogConstants.PROJECT_API_KEY)
                .build();
        return PostHog.with(config);
    }
}
