package io.parcelpoint.e2e.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.parcelpoint.e2e.config.PostHogDefaults;
import io.parcelpoint.e2e.config.TestConfig;

/**
 * Asks PostHog (with local evaluation) what a given user should see, so tests can assert the UI
 * matches the flag instead of hard-coding the expected variant.
 */
public class FlagEvaluationVerifier implements AutoCloseable {

    private final PostHogInterface posthog;

    private FlagEvaluationVerifier(PostHogConfig sdkConfig) {
        this.posthog = PostHog.with(sdkConfig);
    }

    /** Local evaluation with the personal key; debug on so flaky flag polls show up in the CI log. */
    public static FlagEvaluationVerifier localEvaluation(TestConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.posthogProjectApiKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .personalApiKey(config.posthogPersonalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return new FlagEvaluationVerifier(sdkConfig);
    }

    /** Remote evaluation only: no personal key, so debug output is harmless. */
    public static FlagEvaluationVerifier remoteEvaluation(TestConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.posthogProjectApiKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .debug(true)
                .build();
        return new FlagEvaluationVerifier(sdkConfig);
    }

    /** Used by forks without secrets: the staging project's flags are public anyway. */
    public static FlagEvaluationVerifier forFork() {
        PostHogConfig sdkConfig = PostHogConfig.builder(PostHogDefaults.FALLBACK_PROJECT_API_KEY)
                .host(PostHogDefaults.US_INGEST_HOST)
                .personalApiKey(PostHogDefaults.FALLBACK_PROJECT_API_KEY)
                .build();
        return new FlagEvaluationVerifier(sdkConfig);
    }

    /** Verbose mode for -De2e.flags.diagnose=true. */
    public static FlagEvaluationVerifier diagnostics(TestConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.posthogProjectApiKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .build();
        sdkConfig.setPersonalApiKey(config.posthogFlagsSecureKey());
        sdkConfig.setDebug(true);
        return new FlagEvaluationVerifier(sdkConfig);
    }

    public boolean isEnabledFor(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Object variantFor(String distinctId, String flagKey) {
        return posthog.getFeatureFlag(distinctId, flagKey, "control");
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
