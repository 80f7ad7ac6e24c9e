package com.acme.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = PostHogDefaults.EU_INGEST_HOST;
    private String apiHost = PostHogDefaults.EU_API_HOST;
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureApiKey;
    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public void setFeatureFlagsSecureApiKey(String featureFlagsSecureApiKey) {
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null
                && !personalApiKey.isBlank()
                && !PostHogDefaults.PERSONAL_KEY_PLACEHOLDER.equals(personalApiKey);
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + '\''
                + ", apiHost='" + apiHost + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
