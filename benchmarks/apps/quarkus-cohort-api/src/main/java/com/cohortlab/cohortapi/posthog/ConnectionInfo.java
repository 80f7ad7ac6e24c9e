package com.cohortlab.cohortapi.posthog;

import com.cohortlab.cohortapi.config.PostHogSettings;

/**
 * Snapshot of how this instance talks to PostHog.
 */
public record ConnectionInfo(String host,
                             String appHost,
                             long projectId,
                             String personalApiKey,
                             boolean localEvaluation) {

    public static ConnectionInfo from(PostHogSettings settings) {
        return new ConnectionInfo(settings.host(), settings.appHost(), settings.projectId(),
                settings.personalApiKey(), settings.localEvaluation());
    }
}
