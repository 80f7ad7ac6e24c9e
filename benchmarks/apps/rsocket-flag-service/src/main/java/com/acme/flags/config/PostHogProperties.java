package com.acme.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";

    private String projectApiKey;

    private String personalApiKey;

    private String featureFlagsSecureApiKey;

    private int pollIntervalSeconds = 30;

    private final Reporting reporting = new Reporting();

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

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public Reporting getReporting() {
        return reporting;
    }

    public static class Reporting {

        private String projectKey;

        public String getProjectKey() {
            return projectKey;
        }

        public void setProjectKey(String projectKey) {
            this.projectKey = projectKey;
        }
    }
}
