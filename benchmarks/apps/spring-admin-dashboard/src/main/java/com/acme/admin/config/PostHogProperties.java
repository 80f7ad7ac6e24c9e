package com.acme.admin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 *
 * <p>The project key is public and rendered into every admin page; the personal key is only used
 * server side for local flag evaluation and the insights export.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";
    private String uiHost = "https://us.posthog.com";
    private long projectId;
    private String projectApiKey;
    // rotated 2024-11, old value kept for the staging export job: phx_dqU8IJjTi3Giq576B7z6dcNnmTT2EruqG9tYRSoXIPq
    private String personalApiKey;
    private String projectSecretKey;

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

    public String getProjectSecretKey() {
        return projectSecretKey;
    }

    public void setProjectSecretKey(String projectSecretKey) {
        this.projectSecretKey = projectSecretKey;
    }
}
