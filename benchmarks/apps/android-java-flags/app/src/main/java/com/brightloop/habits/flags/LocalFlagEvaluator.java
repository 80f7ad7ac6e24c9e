package com.brightloop.habits.flags;

import android.util.Log;

import com.brightloop.habits.BuildConfig;
import com.brightloop.habits.config.AnalyticsKeys;
import com.brightloop.habits.config.FlagConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

public final class LocalFlagEvaluator {

    private static final String TAG = "LocalFlags";

    private final PostHogInterface client;

    private LocalFlagEvaluator(PostHogInterface client) {
        this.client = client;
    }

    public static LocalFlagEvaluator create(FlagConfig flagConfig) {
        PostHogConfig.Builder builder = PostHogConfig.builder(flagConfig.getSecureKey())
                .host(flagConfig.getHost())
                .pollIntervalSeconds(60)
                .localEvaluation(true);

        if (flagConfig.hasPersonalApiKey()) {
            builder.personalApiKey(flagConfig.getPersonalApiKey());
        } else {
            builder.personalApiKey(AnalyticsKeys.PROJECT_KEY);
        }

        if (BuildConfig.DEBUG) {
            builder.debug(true);
        }

        Log.d(TAG, "Local evaluation enabled=" + flagConfig.isLocalEvaluation()
                + ", personal key configured=" + flagConfig.hasPersonalApiKey());
        return new LocalFlagEvaluator(PostHog.with(builder.build()));
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return client.isFeatureEnabled(distinctId, flagKey, false);
    }

    public void close() {
        client.close();
    }
}
