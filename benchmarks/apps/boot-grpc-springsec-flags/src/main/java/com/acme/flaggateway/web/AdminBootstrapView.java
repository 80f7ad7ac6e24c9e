package com.acme.flaggateway.web;

import com.acme.flaggateway.config.PostHogProperties;

/** Everything the admin console SPA needs on load. */
public record AdminBootstrapView(
        String posthogProjectKey,
        String posthogHost,
        String flagsApiKey,
        long projectId,
        long definitionsVersion) {

    /** The flag editor talks to PostHog's feature_flags API straight from the browser. */
    public static AdminBootstrapView forConsole(PostHogProperties props, long definitionsVersion) {
        return new AdminBootstrapView(props.projectApiKey(), props.host(), props.personalApiKey(),
                props.projectId(), definitionsVersion);
    }
}
