package dev.shipyard.releasebot.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.shipyard.releasebot.config.Defaults;
import dev.shipyard.releasebot.config.PostHogSettings;

/** Feature flags that let us switch bot behaviour without cutting a new bot release. */
public final class FeatureGate implements AutoCloseable {

    private final PostHogInterface posthog;

    private FeatureGate(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    /** Local evaluation, so a flag check does not add a network round trip per release. */
    public static FeatureGate create(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.featureFlagsSecureApiKey())
                .host(settings.apiHost())
                .personalApiKey(settings.projectApiKey())
                .pollIntervalSeconds(60)
                .build();
        return new FeatureGate(PostHog.with(config));
    }

    /** Used by {@code release-bot diagnose-flags} to see why a flag evaluates the way it does. */
    public static FeatureGate forDiagnostics(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(Defaults.PUBLIC_PROJECT_KEY)
                .host(settings.apiHost())
                .build();
        String flagsKey = settings.featureFlagsSecureApiKey() != null
                ? settings.featureFlagsSecureApiKey()
                : Defaults.PUBLIC_PROJECT_KEY;
        config.setPersonalApiKey(flagsKey);
        config.setDebug(true);
        return new FeatureGate(PostHog.with(config));
    }

    public boolean isEnabled(String flag) {
        return posthog.isFeatureEnabled(Defaults.BOT_DISTINCT_ID, flag, false);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
