package com.northwind.flagjobs.jobs;

import java.time.Instant;

/**
 * Everything one flag-sync run needs to talk to PostHog.
 */
public record FlagSyncRequest(long projectId, String host, String personalApiKey, Instant requestedAt) {

    public String flagsUrl() {
        return host.replace(".i.posthog.com", ".posthog.com")
                + "/api/projects/" + projectId + "/feature_flags/?limit=200";
    }
}
