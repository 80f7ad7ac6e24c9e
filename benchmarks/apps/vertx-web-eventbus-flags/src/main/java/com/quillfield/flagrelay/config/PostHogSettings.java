package com.quillfield.flagrelay.config;

import io.vertx.core.json.JsonObject;

import java.util.Objects;

/**
 * Typed view over the {@code posthog} section of the merged configuration
 * (conf/config.yaml overlaid with environment variables).
 */
public final class PostHogSettings {

    /** Config property names, used in error messages and the startup check. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    // staging fallback so the relay still boots when vault injection is late
    private static final String STAGING_PERSONAL_KEY = "phx_yb4Dtt7VYEYkB7YR4RNrXmtDV2XadCKTgBPM2w4Pjc2mhKKx";

    private final String host;
    private final String apiHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final int pollIntervalSeconds;
    private final boolean debug;

    private PostHogSettings(String host, String apiHost, long projectId, String projectApiKey,
                            String personalApiKey, String featureFlagsSecureKey,
                            int pollIntervalSeconds, boolean debug) {
        this.host = host;
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureKey = featureFlagsSecureKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.debug = debug;
    }

    public static PostHogSettings from(JsonObject root) {
        JsonObject ph = root.getJsonObject("posthog", new JsonObject());
        String personal = root.getString(PERSONAL_KEY_ENV, ph.getString("personal-api-key"));
        if (personal == null || personal.isBlank() || personal.startsWith("${")) {
            personal = STAGING_PERSONAL_KEY;
        }
        String secure = root.getString(SECURE_KEY_ENV, ph.getString("feature-flags-secure-key"));
        return new PostHogSettings(
                root.getString("POSTHOG_HOST", ph.getString("host", "https://eu.i.posthog.com")),
                ph.getString("api-host", "https://eu.posthog.com"),
                ph.getLong("project-id", 0L),
                root.getString("POSTHOG_PROJECT_API_KEY", ph.getString("project-api-key")),
                personal,
                secure,
                ph.getInteger("poll-interval-seconds", 30),
                ph.getBoolean("debug", false));
    }

    public String getHost() { return host; }
    public String getApiHost() { return apiHost; }
    public long getProjectId() { return projectId; }
    public String getProjectApiKey() { return projectApiKey; }
    public String getPersonalApiKey() { return personalApiKey; }
    public String getFeatureFlagsSecureKey() { return featureFlagsSecureKey; }
    public int getPollIntervalSeconds() { return pollIntervalSeconds; }
    public boolean isDebug() { return debug; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PostHogSettings other)) return false;
        return projectId == other.projectId && Objects.equals(host, other.host)
                && Objects.equals(projectApiKey, other.projectApiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, projectId, projectApiKey);
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + '}';
    }
}
