package com.acme.portal.web;

import com.acme.portal.config.PostHogProperties;

public record PortalSettingsView(String posthogHost,
                                 String projectApiKey,
                                 String projectId,
                                 String personalApiKey,
                                 int pollIntervalSeconds) {

    public static PortalSettingsView from(PostHogProperties props) {
        return new PortalSettingsView(
                props.getHost(),
                props.getProjectApiKey(),
                props.getProjectId(),
                props.getPersonalApiKey(),
                props.getPollIntervalSeconds());
    }
}
