package com.tallyforge.flagdesk.api;

import com.tallyforge.flagdesk.config.PostHogFactory;

/** What the admin UI's "Integration" tab renders. */
public record FlagSettingsView(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation,
        int pollIntervalSeconds) {

    public static FlagSettingsView from(PostHogFactory settings) {
        return new FlagSettingsView(
                settings.getHost(),
                settings.getProjectId(),
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.getPersonalApiKey() != null,
                settings.getPollIntervalSeconds());
    }
}
