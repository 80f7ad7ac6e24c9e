package com.northwind.flagadmin.config;

/**
 * Immutable view of the PostHog connection settings, built once at start-up by
 * {@link SettingsLoader} and shared through the servlet context.
 */
public final class PostHogSettings {

    private final String host;
    private final String appHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final boolean debug;
    private final int pollIntervalSeconds;

    public PostHogSettings(String host, String appHost, long projectId, String projectApiKey,
                           String personalApiKey, String featureFlagsSecureKey,
                           boolean debug, int pollIntervalSeconds) {
        this.host = host;
        this.appHost = appHost;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureKey = featureFlagsSecureKey;
        this.debug = debug;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String getHost() {
        return host;
    }

    public String getAppHost() {
        return appHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public boolean isDebug() {
        return debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean hasSecureKey() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isEmpty();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host='" + host + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
