package com.cobaltmill.portal.config;

import java.util.Objects;

/** The PostHog keys the portal runs with, and where the personal key came from. */
public final class PostHogCredentials {

    public enum Source {
        JNDI, CONTEXT_PARAM, SYSTEM_PROPERTY, ENVIRONMENT, FALLBACK
    }

    private final String projectApiKey;
    private final String personalApiKey;
    private final Source source;

    public PostHogCredentials(String projectApiKey, String personalApiKey, Source source) {
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.personalApiKey = personalApiKey;
        this.source = source;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public Source getSource() {
        return source;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogCredentials{projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", source=" + source + '}';
    }
}
