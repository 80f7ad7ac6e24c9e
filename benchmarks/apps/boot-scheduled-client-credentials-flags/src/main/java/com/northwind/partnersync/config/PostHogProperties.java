package com.northwind.partnersync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";

    /** Public project token (phc_...). */
    private String projectApiKey;

    /** Feature-flags secure key used for local evaluation and the private API. */
    private String personalApiKey;

    private String projectId;

    /** distinct_id the batch evaluates flags as. */
    private String flagsDistinctId = "partner-sync-batch";

    private int pollIntervalSeconds = 60;

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

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getFlagsDistinctId() {
        return flagsDistinctId;
    }

    public void setFlagsDistinctId(String flagsDistinctId) {
        this.flagsDistinctId = flagsDistinctId;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", flagsDistinctId=" + flagsDistinctId
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
