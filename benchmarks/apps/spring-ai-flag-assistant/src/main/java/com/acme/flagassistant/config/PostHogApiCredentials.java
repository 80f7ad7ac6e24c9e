package com.acme.flagassistant.config;

import java.util.Objects;

/**
 * Everything needed to talk to PostHog's private REST API for one project.
 */
public final class PostHogApiCredentials {

    private final String host;
    private final String projectId;
    private final String personalApiKey;

    public PostHogApiCredentials(String host, String projectId, String personalApiKey) {
        this.host = Objects.requireNonNull(host, "host");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.personalApiKey = Objects.requireNonNull(personalApiKey, "personalApiKey");
    }

    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String bearerHeader() {
        return "Bearer " + personalApiKey;
    }

    @Override
    public String toString() {
        return "PostHogApiCredentials{host='" + host + "', projectId='" + projectId
                + "', personalApiKey='" + personalApiKey + "'}";
    }
}
