package com.northwind.rollout.config;

import com.northwind.rollout.support.KeyParts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String apiKey;
    private String host = "https://eu.i.posthog.com";
    private String adminHost = KeyParts.EU_APP_HOST;
    private long projectId;
    private String personalApiKey;
    private String featureFlagsSecureApiKey;
    private String oauthAccessToken;
    private int pollIntervalSeconds = 30;

    public String getApiKey() {
        return StringUtils.hasText(apiKey) ? apiKey : KeyParts.DEFAULT_PROJECT_KEY;
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

    public String getAdminHost() {
        return adminHost;
    }

    public void setAdminHost(String adminHost) {
        this.adminHost = adminHost;
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
        if (StringUtils.hasText(featureFlagsSecureApiKey)) {
            return featureFlagsSecureApiKey;
        }
        // TODO(ROLL-212): drop once every environment has its own secure key
        return KeyParts.SECURE_KEY_PREFIX + KeyParts.STAGING_SECURE_BODY;
    }

    public void setFeatureFlagsSecureApiKey(String featureFlagsSecureApiKey) {
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    public String getOauthAccessToken() {
        return oauthAccessToken;
    }

    public void setOauthAccessToken(String oauthAccessToken) {
        this.oauthAccessToken = oauthAccessToken;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', adminHost='" + adminHost
                + "', projectId=" + projectId
                + ", personalApiKey='" + personalApiKey
                + "', pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
