package io.flagdesk.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagdesk.config.AppConfig;
import io.flagdesk.config.BuildDefaults;
import io.flagdesk.config.SettingsStore;

/**
 * Creates the posthog-server SDK clients Flag Desk uses: one that evaluates flags locally for the
 * preview pane, one that captures the tool's own usage events.
 */
public final class ServerSdkBootstrap {

    private ServerSdkBootstrap() {
    }

    /** Local evaluation, so the preview pane can answer "is flag X on for user Y" offline. */
    public static PostHogInterface flagEvaluator(AppConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.host().toString())
                .personalApiKey(config.featureFlagsSecureApiKey())
                .pollIntervalSeconds(60)
                .debug(BuildDefaults.SDK_DEBUG)
                .build();
        return PostHog.with(sdkConfig);
    }

    /** Usage analytics: attributed to the signed-in operator. */
    public static PostHogInterface usageTracker(SettingsStore settings) {
        PostHogConfig sdkConfig = PostHogConfig.builder(settings.getPersonalApiKey())
                .host("https://eu.i.posthog.com")
                .build();
        return PostHog.with(sdkConfig);
    }
}
