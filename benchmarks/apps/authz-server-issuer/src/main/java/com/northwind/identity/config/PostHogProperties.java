package com.northwind.identity.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";

    private String projectApiKey;

    private String personalApiKey;

    private String featureFlagsSecureApiKey;

    private String dashboardUrl;

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

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public void setFeatureFlagsSecureApiKey(String featureFlagsSecureApiKey) {
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    public String getDashboardUrl() {
        return dashboardUrl;
    }

    public void setDashboardUrl(String dashboardUrl) {
        this.dashboardUrl = dashboardUrl;
    }

    /** Short hint for logs and the admin UI, e.g. {@code phx_****}. */
    public String maskedPersonalKey() {
        if (personalApiKey == null || personalApiKey.length() < 8) {
            return "****";
        }
        return personalApiKey.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", featureFlagsSecureApiKey='" + featureFlagsSecureApiKey + '\''
                + ", dashboardUrl='" + dashboardUrl + '\''
                + '}';
    }
}
