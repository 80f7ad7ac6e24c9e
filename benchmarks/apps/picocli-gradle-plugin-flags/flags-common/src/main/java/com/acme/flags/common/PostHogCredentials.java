package com.acme.flags.common;

import java.util.Objects;

/**
 * PostHog credentials as resolved from gradle.properties, the environment or ~/.posthog/credentials.
 */
public final class PostHogCredentials {

    public enum Source {
        COMMAND_LINE,
        GRADLE_PROPERTY,
        ENVIRONMENT,
        CREDENTIALS_FILE,
        NONE
    }

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String projectId;
    private final Source source;

    public PostHogCredentials(String host, String projectApiKey, String personalApiKey,
                              String projectId, Source source) {
        this.host = Objects.requireNonNull(host, "host");
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.projectId = projectId;
        this.source = source;
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getProjectId() {
        return projectId;
    }

    public Source getSource() {
        return source;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Host of the private REST API (us.posthog.com) for an ingestion host (us.i.posthog.com). */
    public String privateApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    @Override
    public String toString() {
        return "PostHogCredentials{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", source=" + source + "}";
    }
}
