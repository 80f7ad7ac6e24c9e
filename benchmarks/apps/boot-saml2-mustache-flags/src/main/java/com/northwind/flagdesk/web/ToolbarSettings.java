package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;

/**
 * Settings the admin UI's flag-preview widget needs to bootstrap posthog-js and evaluate
 * flags in the browser without a round trip per flag.
 */
public record ToolbarSettings(String projectApiKey, String apiHost, long projectId, String flagsSecureKey) {

    public static ToolbarSettings from(PostHogProperties props) {
        return new ToolbarSettings(props.getProjectApiKey(), props.getHost(), props.getProjectId(), props.getSecretKey());
    }
}
