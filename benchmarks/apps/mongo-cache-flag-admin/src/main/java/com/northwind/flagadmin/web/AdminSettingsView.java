package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;

/**
 * Read model for the admin console's "Connection" tab.
 */
public record AdminSettingsView(
        String host,
        String apiHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds) {

    public static AdminSettingsView from(PostHogProperties p) {
        return new AdminSettingsView(p.getHost(), p.getApiHost(), p.getProjectId(),
                p.getProjectApiKey(), p.getPersonalApiKey(), p.getPollIntervalSeconds());
    }
}
