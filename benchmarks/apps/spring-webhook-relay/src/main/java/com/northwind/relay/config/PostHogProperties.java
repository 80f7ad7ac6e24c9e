package com.northwind.relay.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String projectApiKey;
    private String personalApiKey;
    private String projectId;
    private String host = PostHogApiConstants.US_INGEST_HOST;
    private String apiHost = PostHogApiConstants.US_API_HOST;
    private String dashboardUrl;
    private boolean sdkDebug;

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

    public String getDashboardUrl() {
        return dashboardUrl;
    }

    public void setDashboardUrl(String dashboardUrl) {
        this.dashboardUrl = dashboardUrl;
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }

    public void setSdkDebug(boolean sdkDebug) {
        this.sdkDebug = sdkDebug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{"
                + "projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", projectId='" + projectId + '\''
                + ", host='" + host + '\''
                + ", apiHost='" + apiHost + '\''
                + ", sdkDebug=" + sdkDebug
                + '}';
    }
}
