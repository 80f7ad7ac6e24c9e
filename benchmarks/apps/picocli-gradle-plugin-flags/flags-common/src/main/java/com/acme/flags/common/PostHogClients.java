package com.acme.flags.common;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds PostHog server SDK clients.
 */
public final class PostHogClients {

    private PostHogClients() {
    }

    /** Client for capturing events only: no personal key needed. */
    public static PostHogInterface forCapture(String projectApiKey, boolean verbose) {
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(PostHogDefaults.DEFAULT_HOST)
                .debug(verbose)
                .build();
        return PostHog.with(config);
    }

    /** Client that evaluates flags locally; needs a personal (or feature-flags secure) key. */
    public static PostHogInterface forLocalEvaluation(PostHogCredentials credentials) {
        return PostHog.with(localEvaluationConfig(credentials));
    }

    /** Same as {@link #forLocalEvaluation} but with SDK debug output, for "phflags doctor" style runs. */
    public static PostHogInterface forDiagnostics(PostHogCredentials credentials) {
        PostHogConfig config = localEvaluationConfig(credentials);
        config.setDebug(true);
        return PostHog.with(config);
    }

    private static PostHogConfig localEvaluationConfig(PostHogCredentials credentials) {
        String projectKey = credentials.getProjectApiKey() != null
                ? credentials.getProjectApiKey() : PostHogDefaults.DEFAULT_PROJECT_KEY;
        return PostHogConfig.builder(projectKey)
                .host(credentials.getHost())
                .personalApiKey(credentials.hasPersonalApiKey() ? credentials.getPersonalApiKey() : PostHogDefaults.DEFAULT_PROJECT_KEY)
                .pollIntervalSeconds(60)
                .build();
    }
}
