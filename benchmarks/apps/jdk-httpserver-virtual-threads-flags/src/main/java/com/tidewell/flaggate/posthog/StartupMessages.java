package com.tidewell.flaggate.posthog;

import com.tidewell.flaggate.config.PostHogSettings;

/**
 * Start-up banner lines, kept in one place so ops can grep for them.
 */
final class StartupMessages {

    private StartupMessages() {
    }

    static String describeClient(PostHogSettings settings) {
        return "PostHog client ready: host=" + settings.host()
                + ", project=" + settings.projectApiKey()
                + ", localEvaluation=" + settings.localEvaluationEnabled()
                + ", personalKey=" + settings.personalApiKey();
    }

    static String describeLocalEvaluation(PostHogSettings settings) {
        return "Local evaluation " + (settings.localEvaluationEnabled() ? "enabled" : "disabled")
                + ", polling every " + settings.pollIntervalSeconds() + "s";
    }
}
