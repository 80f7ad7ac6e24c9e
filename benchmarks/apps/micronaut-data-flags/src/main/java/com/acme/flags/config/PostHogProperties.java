package com.acme.flags.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogProperties {

    private String apiKey;
    private String personalApiKey;
    private String host = "https://us.i.posthog.com";
    private String projectId;
    private boolean debug;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
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

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', projectId='" + projectId
                + "', apiKey='" + apiKey + "', personalApiKey='" + personalApiKey
                + "', debug=" + debug + "}";
    }
}
