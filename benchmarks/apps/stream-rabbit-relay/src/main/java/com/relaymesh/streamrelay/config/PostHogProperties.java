package com.relaymesh.streamrelay.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    private String personalApiKey;
    private String flagSyncKey;
    private int pollIntervalSeconds = 30;
    private boolean localEvaluation = true;
    private List<String> watchedFlags = new ArrayList<>();

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

    public String getFlagSyncKey() {
        return flagSyncKey;
    }

    public void setFlagSyncKey(String flagSyncKey) {
        this.flagSyncKey = flagSyncKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }

    public void setLocalEvaluation(boolean localEvaluation) {
        this.localEvaluation = localEvaluation;
    }

    public List<String> getWatchedFlags() {
        return watchedFlags;
    }

    public void setWatchedFlags(List<String> watchedFlags) {
        this.watchedFlags = watchedFlags;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", localEvaluation=" + localEvaluation
                + ", watchedFlags=" + watchedFlags + "}";
    }
}
