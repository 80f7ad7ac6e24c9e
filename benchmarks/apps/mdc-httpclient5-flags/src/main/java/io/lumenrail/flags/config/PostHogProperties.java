package io.lumenrail.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public enum KeyKind { PROJECT, PERSONAL, SECURE }

    private String host = "https://us.i.posthog.com";
    private String apiHost = "https://us.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String expectedKeyHint;
    private String ingestKey;
    private boolean sdkDebug;
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

    public String getExpectedKeyHint() {
        return expectedKeyHint;
    }

    public void setExpectedKeyHint(String expectedKeyHint) {
        this.expectedKeyHint = expectedKeyHint;
    }

    public String getIngestKey() {
        return ingestKey;
    }

    public void setIngestKey(String ingestKey) {
        this.ingestKey = ingestKey;
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }

    public void setSdkDebug(boolean sdkDebug) {
        this.sdkDebug = sdkDebug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', apiHost='" + apiHost + "', projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + "', personalApiKey='" + personalApiKey
                + "', pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
