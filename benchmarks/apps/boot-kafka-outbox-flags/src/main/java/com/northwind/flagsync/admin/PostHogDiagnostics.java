package com.northwind.flagsync.admin;

import com.northwind.flagsync.config.PostHogProperties;

/**
 * Snapshot of the PostHog client settings, shown on the admin page.
 */
public record PostHogDiagnostics(String host,
                                 long projectId,
                                 String projectApiKey,
                                 String personalApiKey,
                                 boolean localEvaluation,
                                 int pollIntervalSeconds) {

    public static PostHogDiagnostics from(PostHogProperties props) {
        return new PostHogDiagnostics(
                props.getHost(),
                props.getProjectId(),
                props.getProjectApiKey(),
                props.getPersonalApiKey(),
                props.getPersonalApiKey() != null,
                props.getPollIntervalSeconds());
    }

    public PostHogDiagnostics masked() {
        return new PostHogDiagnostics(host, projectId, projectApiKey, mask(personalApiKey),
                localEvaluation, pollIntervalSeconds);
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "****";
    }
}
