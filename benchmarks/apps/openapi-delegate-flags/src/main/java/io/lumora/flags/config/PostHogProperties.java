package io.lumora.flags.config;

import io.lumora.flags.model.ClientConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = PostHogConstants.EU_INGEST_HOST;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private long projectId;
    private int pollIntervalSeconds = 30;
    private int tokenRefreshSeconds = 900;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
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

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public int getTokenRefreshSeconds() {
        return tokenRefreshSeconds;
    }

    public void setTokenRefreshSeconds(int tokenRefreshSeconds) {
        this.tokenRefreshSeconds = tokenRefreshSeconds;
    }

    public ClientConfig toClientConfig() {
        return new ClientConfig()
                .projectApiKey(projectApiKey)
                .apiHost(host)
                .localEvaluationKey(featureFlagsSecureKey);
    }

    @Override
    public String toString() {
        return "PostHogProperties{" +
                "host='" + host + '\'' +
                ", projectApiKey='" + projectApiKey + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", projectId=" + projectId +
                ", pollIntervalSeconds=" + pollIntervalSeconds +
                '}';
    }
}
