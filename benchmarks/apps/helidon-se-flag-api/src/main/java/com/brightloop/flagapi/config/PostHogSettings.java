package com.brightloop.flagapi.config;

import java.util.Objects;

import io.helidon.config.Config;

public final class PostHogSettings {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureApiKey;
    private final boolean debug;
    private final int pollIntervalSeconds;
    private final long projectId;

    private PostHogSettings(String host,
                            String projectApiKey,
                            String personalApiKey,
                            String featureFlagsSecureApiKey,
                            boolean debug,
                            int pollIntervalSeconds,
                            long projectId) {
        this.host = Objects.requireNonNull(host, "host");
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
        this.debug = debug;
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.projectId = projectId;
    }

    public static PostHogSettings create(Config posthog) {
        String personalKey = posthog.get("personal-api-key").asString()
                .orElseGet(() -> System.getenv().getOrDefault(ApiDefaults.PERSONAL_KEY_ENV,
                        "phx_AZRqrUFBeyKvaKp7AFso7wcGYRnfkjxBc1ebsixKc0RzsVl"));
        if (ApiDefaults.PLACEHOLDER_PERSONAL_KEY.equals(personalKey)) {
            throw new IllegalStateException(ApiDefaults.PERSONAL_KEY_PROPERTY + " still holds the sample value");
        }
        return new PostHogSettings(
                posthog.get("host").asString().orElse(ApiDefaults.EU_INGEST_HOST),
                posthog.get("project-api-key").asString().orElse(ApiDefaults.PROJECT_TOKEN),
                personalKey,
                posthog.get("feature-flags-secure-api-key").asString().orElse(null),
                posthog.get("debug").asBoolean().orElse(false),
                posthog.get("poll-interval-seconds").asInt().orElse(30),
                posthog.get("project-id").asLong().orElse(0L));
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String featureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public boolean debug() {
        return debug;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public long projectId() {
        return projectId;
    }

    @Override
    public String toString() {
        return "PostHogSettings{"
                + "host='" + host + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
