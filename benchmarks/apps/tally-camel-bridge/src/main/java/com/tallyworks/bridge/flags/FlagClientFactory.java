package com.tallyworks.bridge.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallyworks.bridge.config.BridgeSettings;

/**
 * PostHog clients for feature-flag checks on the routes ("partner-batching-v2", "strict-signatures").
 */
public final class FlagClientFactory {

    private FlagClientFactory() {
    }

    public static PostHogInterface create(BridgeSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(settings.debugFlags())
                .build();
        return PostHog.with(config);
    }

    /** {@code --diagnose}: faster polling and the SDK's own request logging, for support sessions. */
    public static PostHogInterface createForDiagnostics(BridgeSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        return PostHog.with(config);
    }
}
