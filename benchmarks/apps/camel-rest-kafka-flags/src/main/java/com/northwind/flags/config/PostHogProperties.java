package com.northwind.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";
    private String apiHost = "us.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String secureApiKey;
    private long pollIntervalMs = 30_000L;
    private boolean debug;

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

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public long getPollIntervalMs() {
        return pollIntervalMs;
    }

    public void setPollIntervalMs(long pollIntervalMs) {
        this.pollIntervalMs = pollIntervalMs;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public boolean hasPersonalApiKey() {
        return StringUtils.hasText(personalApiKey);
    }

    public void validate() {
        if (hasPersonalApiKey() && !personalApiKey.startsWith("phx_")) {
            throw new IllegalStateException(
                    "posthog.personal-api-key must be a personal API key such as phx_xxx, not a project token");
        }
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + '\''
                + ", apiHost='" + apiHost + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", pollIntervalMs=" + pollIntervalMs
                + ", debug=" + debug + '}';
    }
}
