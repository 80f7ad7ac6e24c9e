package com.northwind.reports.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";
    private String apiHost = "https://us.posthog.com";
    private String projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String flagsSecureKey;
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

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
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

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public void setFlagsSecureKey(String flagsSecureKey) {
        this.flagsSecureKey = flagsSecureKey;
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
        return "PostHogProperties{host='" + host + "', apiHost='" + apiHost
                + "', projectId='" + projectId + "', projectApiKey='" + projectApiKey
                + "', personalApiKey='" + personalApiKey + "', debug=" + debug + "}";
    }
}
