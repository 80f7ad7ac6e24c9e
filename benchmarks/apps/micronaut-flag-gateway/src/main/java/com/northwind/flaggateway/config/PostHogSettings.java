package com.northwind.flaggateway.config;

import com.northwind.flaggateway.util.KeyMasker;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

@ConfigurationProperties("posthog")
public class PostHogSettings {

    private String projectApiKey;
    @Nullable
    private String personalApiKey;
    @Nullable
    private String flagsSecureKey;
    private String host = "https://us.i.posthog.com";
    private String uiHost = "https://us.posthog.com";
    private long projectId;
    private int pollIntervalSeconds = 30;
    private boolean debug;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    @Nullable
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(@Nullable String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Nullable
    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public void setFlagsSecureKey(@Nullable String flagsSecureKey) {
        this.flagsSecureKey = flagsSecureKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getUiHost() {
        return uiHost;
    }

    public void setUiHost(String uiHost) {
        this.uiHost = uiHost;
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

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{"
                + "host='" + host + '\''
                + ", uiHost='" + uiHost + '\''
                + ", projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", flagsSecureKey='" + KeyMasker.mask(flagsSecureKey) + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
