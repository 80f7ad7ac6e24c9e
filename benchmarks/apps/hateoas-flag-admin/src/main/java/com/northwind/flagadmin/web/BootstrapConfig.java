package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;

/** What the admin SPA needs to start posthog-js and the flag preview widget. */
public record BootstrapConfig(String apiKey, String apiHost, String flagsSecureKey, boolean localEvaluation) {

    public static BootstrapConfig forBrowser(PostHogProperties props) {
        return new BootstrapConfig(props.getApiKey(), props.getHost(), props.getSecretKey(), true);
    }
}
