package io.helmflag.flagservice.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.secure-api-key";

    private String host = "https://eu.i.posthog.com";
    private String apiHost = "https://eu.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String personalApiKeyHint;
    private String secureApiKey;
    private int pollIntervalSeconds = 30;
    private boolean diagnostics;

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

    public String getPersonalApiKeyHint() {
        return personalApiKeyHint;
    }

    public void setPersonalApiKeyHint(String personalApiKeyHint) {
        this.personalApiKeyHint = personalApiKeyHint;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isDiagnostics() {
        return diagnostics;
    }

    public void setDiagnostics(boolean diagnostics) {
        this.diagnostics = diagnostics;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', apiHost='" + apiHost + "', projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + "', personalApiKey='" + personalApiKey
                + "', pollIntervalSeconds=" + pollIntervalSeconds + ", diagnostics=" + diagnostics + '}';
    }
}
