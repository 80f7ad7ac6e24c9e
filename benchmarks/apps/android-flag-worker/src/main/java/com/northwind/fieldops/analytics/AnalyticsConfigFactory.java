package com.northwind.fieldops.analytics;

import com.northwind.fieldops.config.FlagConfig;
import com.posthog.android.PostHogAndroidConfig;

/**
 * Builds the PostHog Android SDK configuration for the different build flavours.
 */
public final class AnalyticsConfigFactory {

    /** Which PostHog key the analytics SDK was started with; reported in the startup log. */
    public enum AnalyticsKeyKind {
        PROJECT,
        PERSONAL
    }

    private final FlagConfig flagConfig;

    public AnalyticsConfigFactory(FlagConfig flagConfig) {
        this.flagConfig = flagConfig;
    }

    public PostHogAndroidConfig createDefault() {
        PostHogAndroidConfig config = new PostHogAndroidConfig(flagConfig.getProjectApiKey(), flagConfig.getHost());
        config.setCaptureScreenViews(false);
        config.setCaptureApplicationLifecycleEvents(true);
        return config;
    }

    /**
     * Internal builds are used by the dispatch team to try unreleased flags; they need to see
     * every flag of the organisation, not only the released ones.
     */
    public PostHogAndroidConfig createForInternalBuild() {
        PostHogAndroidConfig config = new PostHogAndroidConfig(flagConfig.getPersonalApiKey(), flagConfig.getHost());
        config.setFlushAt(1);
        return config;
    }

    public AnalyticsKeyKind keyKindFor(boolean internalBuild) {
        return internalBuild ? AnalyticsKeyKind.PERSONAL : AnalyticsKeyKind.PROJECT;
    }
}
