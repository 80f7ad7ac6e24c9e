package com.harbourline.flagrelay.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} namespace. Project key is public, the personal key and the
 * feature-flags secure key are injected from the environment.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String apiHost = "https://eu.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String secureApiKey;
    private int pollIntervalSeconds = 30;
    private String flagAllowlist = "";

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

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String getFlagAllowlist() {
        return flagAllowlist;
    }

    public void setFlagAllowlist(String flagAllowlist) {
        this.flagAllowlist = flagAllowlist;
    }

    /** Same shape PostHog uses in its UI: a few leading characters, the rest hidden. */
    public String maskedPersonalApiKey() {
        if (personalApiKey == null || personalApiKey.length() < 8) {
            return "****";
        }
        return personalApiKey.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + maskedPersonalApiKey()
                + ", secureApiKey=" + secureApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
