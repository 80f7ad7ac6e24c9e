package com.northwind.flagdesk.config;

import com.northwind.flagdesk.posthog.KeyMasks;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything Flagdesk knows about the PostHog project it administers.
 * Bound from {@code posthog.*} (application.yml, overridden by the environment).
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Ingestion host used by the server SDK and posthog-js. */
    private String host = "https://eu.i.posthog.com";

    /** Private API host (flag CRUD, insights). */
    private String apiHost = "https://eu.posthog.com";

    private long projectId;

    /** Public project key, safe to render into pages. */
    private String projectApiKey;

    /** Personal API key with feature_flag:write scope. Server side only. */
    private String personalApiKey;

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

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + KeyMasks.mask(personalApiKey) + "]";
    }
}
