package com.tidewaterlabs.flaggateway.config;

import io.micronaut.context.annotation.ConfigurationProperties;

@ConfigurationProperties("posthog")
public class PostHogProperties {

    private String projectApiKey;
    private String personalApiKey;
    private String host = PostHogConstants.US_INGEST_HOST;
    private String appHost = PostHogConstants.US_APP_HOST;
    private String projectId;
    private boolean debug;
    private int pollIntervalSeconds = PostHogConstants.POLL_INTERVAL_SECONDS;
    private String personalKeyParameter;
    private String secureKeySecretId;

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

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
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

    public String getPersonalKeyParameter() {
        return personalKeyParameter;
    }

    public void setPersonalKeyParameter(String personalKeyParameter) {
        this.personalKeyParameter = personalKeyParameter;
    }

    public String getSecureKeySecretId() {
        return secureKeySecretId;
    }

    public void setSecureKeySecretId(String secureKeySecretId) {
        this.secureKeySecretId = secureKeySecretId;
    }

    @Override
    public String toString() {
        return "PostHogProperties{"
                + "host='" + host + '\''
                + ", appHost='" + appHost + '\''
                + ", projectId='" + projectId + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", personalKeyParameter='" + personalKeyParameter + '\''
                + ", secureKeySecretId='" + secureKeySecretId + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug
                + '}';
    }
}
