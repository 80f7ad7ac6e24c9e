package com.northwind.onboarding.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String adminHost = "https://eu.posthog.com";
    private Long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private int pollIntervalSeconds = 30;
    private int apiKeyRotationDays = 90;
    private boolean debug;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAdminHost() {
        return adminHost;
    }

    public void setAdminHost(String adminHost) {
        this.adminHost = adminHost;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
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

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public int getApiKeyRotationDays() {
        return apiKeyRotationDays;
    }

    public void setApiKeyRotationDays(int apiKeyRotationDays) {
        this.apiKeyRotationDays = apiKeyRotationDays;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    /** First four characters only, the way PostHog itself shows keys. */
    public String maskedPersonalKey() {
        if (personalApiKey == null || personalApiKey.length() < 8) {
            return "****";
        }
        return personalApiKey.substring(0, 4) + "****";
    }

    public void assertPersonalKeyIsNotProjectKey() {
        if (personalApiKey != null && personalApiKey.startsWith(FlagKeys.PROJECT_KEY_PREFIX)) {
            throw new IllegalStateException(FlagKeys.PERSONAL_KEY_PROPERTY
                    + " must hold a personal API key (phx_...), not the public project key");
        }
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + '}';
    }
}
