package com.lumorafreight.flagproxy.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogProperties {

    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_API_KEY_PROPERTY = "posthog.secure-api-key";

    private String projectApiKey;
    private String host = "https://us.i.posthog.com";
    private String apiHost = "https://us.posthog.com";
    private long projectId;
    @Nullable
    private String personalApiKey;
    @Nullable
    private String secureApiKey;
    private int pollIntervalSeconds = 30;
    private boolean debug;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

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

    @Nullable
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(@Nullable String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Nullable
    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(@Nullable String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{"
                + "projectApiKey='" + projectApiKey + '\''
                + ", host='" + host + '\''
                + ", projectId=" + projectId
                + ", personalApiKey='" + personalApiKey + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
