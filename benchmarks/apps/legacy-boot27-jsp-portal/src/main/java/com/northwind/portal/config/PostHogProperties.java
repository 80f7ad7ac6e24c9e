package com.northwind.portal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import javax.validation.constraints.NotBlank;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Ingestion host used by the SDK and the JS snippet. */
    @NotBlank
    private String host = "https://eu.i.posthog.com";

    /** Private API host (feature flag definitions, project settings). */
    private String apiHost = "https://eu.posthog.com";

    private long projectId;

    /** Public project token (phc_...), safe to render in pages. */
    @NotBlank
    private String projectApiKey;

    /** Personal API key used for local flag evaluation and the admin API. */
    private String personalApiKey;

    /** Feature-flags secure key (phs_...), used by the flag poller. */
    private String featureFlagsSecureKey;

    private int pollIntervalSeconds = 30;

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

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
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
                + "host='" + host + '\''
                + ", apiHost='" + apiHost + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", featureFlagsSecureKey='" + featureFlagsSecureKey + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
