package com.acme.flagadmin.model;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Resolved credentials for one PostHog project.
 */
@Serdeable
public record ApiCredentials(String projectId, String apiHost, String personalApiKey) {

    public String bearer() {
        return "Bearer " + personalApiKey;
    }
}
