package io.flagsync.core;

import java.util.Objects;

/** PostHog configuration shared by the Azure and Cloud Functions entry points. */
public final class PostHogSettings {

    private static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    private static final String DEFAULT_API_HOST = "https://eu.posthog.com";

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;
    private final String apiHost;
    private final String projectId;
    private final boolean debug;

    public PostHogSettings(String projectApiKey, String personalApiKey, String host, String apiHost,
                           String projectId, boolean debug) {
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.personalApiKey = personalApiKey;
        this.host = host;
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.debug = debug;
    }

    public static PostHogSettings fromEnvironment() {
        String personalKey = System.getenv(EnvNames.PERSONAL_API_KEY);
        if (personalKey == null && LocalDefaults.isEmulator()) {
            personalKey = LocalDefaults.SECURE_FLAGS_KEY;
        }
        return new PostHogSettings(
                System.getenv(EnvNames.PROJECT_API_KEY),
                personalKey,
                Objects.requireNonNullElse(System.getenv(EnvNames.HOST), DEFAULT_HOST),
                Objects.requireNonNullElse(System.getenv(EnvNames.API_HOST), DEFAULT_API_HOST),
                System.getenv(EnvNames.PROJECT_ID),
                Boolean.parseBoolean(System.getenv(EnvNames.DEBUG)));
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getProjectId() {
        return projectId;
    }

    public boolean isDebug() {
        return debug;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug + '}';
    }
}
