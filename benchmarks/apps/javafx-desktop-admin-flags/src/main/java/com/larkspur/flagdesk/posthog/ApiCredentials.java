package com.larkspur.flagdesk.posthog;

import com.larkspur.flagdesk.config.AdminSettings;

/**
 * What the REST client needs to authenticate against PostHog's private API.
 */
public record ApiCredentials(long projectId, String projectApiKey, String personalApiKey) {

    public static ApiCredentials from(AdminSettings settings) {
        return new ApiCredentials(settings.projectId(), settings.projectApiKey(), settings.personalApiKey());
    }
}
