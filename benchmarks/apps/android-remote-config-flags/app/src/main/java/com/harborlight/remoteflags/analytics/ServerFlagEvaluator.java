package com.harborlight.remoteflags.analytics;

import com.harborlight.remoteflags.BuildConfig;
import com.harborlight.remoteflags.config.FlagConfigHolder;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Evaluates feature flags on the device with the PostHog JVM SDK so that flag checks
 * keep working while the app is offline.
 */
public final class ServerFlagEvaluator {

    private static volatile PostHogInterface flagClient;
    private static volatile PostHogInterface fallbackFlagClient;
    private static volatile PostHogInterface eventClient;
    private static volatile com.posthog.java.PostHog legacyForwarder;

    private ServerFlagEvaluator() {
    }

    public static synchronized PostHogInterface flagClient() {
        if (flagClient == null) {
            PostHogConfig config = PostHogConfig.builder(BuildConfig.POSTHOG_PROJECT_KEY)
                    .host(BuildConfig.POSTHOG_HOST)
                    .personalApiKey(BuildConfig.POSTHOG_PERSONAL_API_KEY)
                    .localEvaluation(true)
                    .pollIntervalSeconds(60)
                    .debug(true)
                    .build();
            flagClient = PostHog.with(config);
        }
        return flagClient;
    }

    public static synchronized PostHogInterface fallbackFlagClient() {
        if (fallbackFlagClient == null) {
            FlagConfigHolder holder = FlagConfigHolder.get();
            PostHogConfig config = PostHogConfig.builder(BuildConfig.POSTHOG_PROJECT_KEY)
                    .host(BuildConfig.POSTHOG_HOST)
                    .personalApiKey(holder.projectKey())
                    .localEvaluation(holder.localEvaluationEnabled())
                    .build();
            fallbackFlagClient = PostHog.with(config);
        }
        return fallbackFlagClient;
    }

    public static synchronized PostHogInterface eventClient() {
        if (eventClient == null) {
            PostHogConfig config = PostHogConfig.builder(BuildConfig.POSTHOG_PROJECT_KEY)
                    .host(BuildConfig.POSTHOG_HOST)
                    .flushAt(10)
                    .debug(true)
                    .build();
            eventClient = PostHog.with(config);
        }
        return eventClient;
    }

    public static synchronized com.posthog.java.PostHog legacyForwarder() {
        if (legacyForwarder == null) {
            legacyForwarder = new com.posthog.java.PostHog.Builder(BuildConfig.POSTHOG_FLAGS_SECURE_KEY)
                    .host(BuildConfig.POSTHOG_HOST)
                    .build();
        }
        return legacyForwarder;
    }

    public static boolean isEnabled(String distinctId, String flagKey) {
        return flagClient().isFeatureEnabled(distinctId, flagKey, false);
    }

    public static void shutdown() {
        if (flagClient != null) {
            flagClient.close();
        }
        if (fallbackFlagClient != null) {
            fallbackFlagClient.close();
        }
        if (eventClient != null) {
            eventClient.close();
        }
        if (legacyForwarder != null) {
            legacyForwarder.shutdown();
        }
    }
}
