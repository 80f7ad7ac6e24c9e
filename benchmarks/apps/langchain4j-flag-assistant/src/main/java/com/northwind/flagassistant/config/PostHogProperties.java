package com.northwind.flagassistant.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for both the PostHog REST API (flag definitions) and the PostHog Java SDK
 * (flag evaluation and LLM analytics capture).
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Private API host, e.g. https://us.posthog.com */
    private String host = "https://us.posthog.com";

    /** Ingestion host used by the SDK and the capture endpoints. */
    private String ingestHost = "https://us.i.posthog.com";

    private long projectId;

    /** Public project token (phc_...). */
    private String projectApiKey;

    /** Personal API key (phx_...) with feature_flag:read scope. */
    private String personalApiKey;

    private boolean debug;

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

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{" +
                "host='" + host + '\'' +
                ", ingestHost='" + ingestHost + '\'' +
                ", projectId=" + projectId +
                ", projectApiKey='" + projectApiKey + '\'' +
                ", personalApiKey='" + personalApiKey + '\'' +
                ", debug=" + debug +
                '}';
    }
}
