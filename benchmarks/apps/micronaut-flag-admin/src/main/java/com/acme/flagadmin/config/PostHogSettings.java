package com.acme.flagadmin.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogSettings {

    private String projectApiKey;
    @Nullable
    private String personalApiKey;
    private String projectId;
    private String host = "https://us.i.posthog.com";
    private String apiHost = "https://us.posthog.com";

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

    @Override
    public String toString() {
        return "PostHogSettings{"
                + "projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", projectId='" + projectId + '\''
                + ", host='" + host + '\''
                + ", apiHost='" + apiHost + '\''
                + '}';
    }
}
