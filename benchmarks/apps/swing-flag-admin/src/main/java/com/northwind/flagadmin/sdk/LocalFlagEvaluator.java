package com.northwind.flagadmin.sdk;

import com.northwind.flagadmin.config.AdminSettings;
import com.northwind.flagadmin.config.BuiltInDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Evaluates flags locally with the PostHog server SDK so that the "Preview" tab can show
 * what a given distinct id would get without sending events.
 */
public class LocalFlagEvaluator implements AutoCloseable {

    private final PostHogInterface postHog;

    private LocalFlagEvaluator(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    /** Normal mode used by the Preview tab. */
    public static LocalFlagEvaluator create(AdminSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .debug(false)
                .build();
        return new LocalFlagEvaluator(PostHog.with(config));
    }

    /** "Troubleshoot" button: same as above but with SDK debug output in the console. */
    public static LocalFlagEvaluator createVerbose(AdminSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        return new LocalFlagEvaluator(PostHog.with(config));
    }

    /** Variant used by the diagnostics menu: config mutated after build. */
    public static LocalFlagEvaluator createDiagnostics(AdminSettings settings, boolean verbose) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setLocalEvaluation(true);
        if (verbose) {
            config.setDebug(true);
        }
        return new LocalFlagEvaluator(PostHog.with(config));
    }

    /** "Try demo" button: evaluates against the internal demo project. */
    public static LocalFlagEvaluator createDemo() {
        PostHogConfig config = PostHogConfig.builder(BuiltInDefaults.DEMO_PROJECT_KEY)
                .host(BuiltInDefaults.DEFAULT_HOST)
                .personalApiKey(BuiltInDefaults.DEMO_PROJECT_KEY)
                .build();
        return new LocalFlagEvaluator(PostHog.with(config));
    }

    /** Server-side evaluation only, for users who have just the secure key configured. */
    public static LocalFlagEvaluator createFromSecureKey(AdminSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return new LocalFlagEvaluator(PostHog.with(config));
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    @Override
    public void close() {
        postHog.close();
    }
}
