package com.northwind.spaconfig.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String apiKey;
    private String host = PostHogDefaults.US_INGEST_HOST;
    private String privateApiHost = PostHogDefaults.US_APP_HOST;
    private long projectId;
    private String personalApiKey;
    private String featureFlagsSecureApiKey;
    private boolean debug;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getPrivateApiHost() {
        return privateApiHost;
    }

    public void setPrivateApiHost(String privateApiHost) {
        this.privateApiHost = privateApiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public void setFeatureFlagsSecureApiKey(String featureFlagsSecureApiKey) {
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{apiKey='" + apiKey + "', host='" + host + "', privateApiHost='" + privateApiHost
                + "', projectId=" + projectId + ", personalApiKey='" + personalApiKey + "', debug=" + debug + "}";
    }
}
