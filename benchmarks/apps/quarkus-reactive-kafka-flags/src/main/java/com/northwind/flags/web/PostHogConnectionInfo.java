package com.northwind.flags.web;

import com.northwind.flags.config.PostHogDefaults;
import com.northwind.flags.config.PostHogSettings;

/**
 * What the admin console shows on its "PostHog connection" page.
 */
public record PostHogConnectionInfo(
        String host,
        String appHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds) {

    public static PostHogConnectionInfo from(PostHogSettings settings) {
        return new PostHogConnectionInfo(settings.host(), settings.appHost(), settings.projectId(),
                settings.projectApiKey(), settings.personalApiKey(), settings.pollIntervalSeconds());
    }

    public static PostHogConnectionInfo masked(PostHogSettings settings) {
        return new PostHogConnectionInfo(settings.host(), settings.appHost(), settings.projectId(),
                settings.projectApiKey(), PostHogDefaults.mask(settings.personalApiKey()),
                settings.pollIntervalSeconds());
    }
}
