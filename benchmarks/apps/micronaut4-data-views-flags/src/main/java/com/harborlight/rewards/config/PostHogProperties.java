package com.harborlight.rewards.config;

import com.harborlight.rewards.flags.KeyMasker;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@ConfigurationProperties("posthog")
public class PostHogProperties {

    private String projectApiKey;
    private String personalApiKey;
    private String flagsSecureKey;
    private String host = "https://us.i.posthog.com";
    private String appHost = "https://us.posthog.com";
    private long projectId;
    private int pollIntervalSeconds = 30;
    private boolean traceRequests;

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

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public void setFlagsSecureKey(String flagsSecureKey) {
        this.flagsSecureKey = flagsSecureKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAppHost() {
        return appHost;
    }

    public void setAppHost(String appHost) {
        this.appHost = appHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isTraceRequests() {
        return traceRequests;
    }

    public void setTraceRequests(boolean traceRequests) {
        this.traceRequests = traceRequests;
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", projectId=" + projectId
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", flagsSecureKey=" + KeyMasker.mask(flagsSecureKey)
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "]";
    }
}
