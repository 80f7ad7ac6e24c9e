package com.cohortlab.cohortapi.admin;

import com.cohortlab.cohortapi.config.PostHogSettings;

final class DiagnosticsFormatter {

    private DiagnosticsFormatter() {
    }

    static String summary(PostHogSettings settings) {
        return String.format("posthog host=%s app=%s project=%d local-eval=%s flags-key=%s",
                settings.host(),
                settings.appHost(),
                settings.projectId(),
                settings.localEvaluation(),
                settings.secureApiKey().orElse("-"));
    }
}
