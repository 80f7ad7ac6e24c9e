package com.northwind.flags.common;

import java.util.Objects;

/**
 * Everything the shared PostHog client factory needs.
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String host,
        int pollIntervalSeconds) {

    public PostHogSettings {
        Objects.requireNonNull(projectApiKey, "projectApiKey");
        Objects.requireNonNull(host, "host");
        if (pollIntervalSeconds <= 0) {
            pollIntervalSeconds = BuildFlags.DEFAULT_POLL_INTERVAL_SECONDS;
        }
    }
}
