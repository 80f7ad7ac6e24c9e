package com.acme.flagmcp.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Binds the {@code posthog.*} block of application.properties.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Private API host, e.g. https://us.posthog.com. */
    @NotBlank
    private String host = "https://us.posthog.com";

    /** Ingestion host used by capture and /flags. */
    private String ingestHost = "https://us.i.posthog.com";

    private long projectId;

    /** Public project token (phc_...). Safe to ship to browsers. */
    @NotBlank
    private String projectApiKey;

    /** Personal API key with feature_flag:write scope. */
    private String personalApiKey;

    /** Feature-flags secure API key (phs_...) used for local evaluation. */
    private String secureApiKey;

    private boolean debug;

    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getIngestHost() {
        return ingestHost;
    }

    public void setIngestHost(String ingestHost) {
        this.ingestHost = ingestHost;
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

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String projectUrl() {
        return host + "/api/projects/" + projectId;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
