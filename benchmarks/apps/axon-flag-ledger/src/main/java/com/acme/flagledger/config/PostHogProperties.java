package com.acme.flagledger.config;

import com.acme.flagledger.support.KeyMasker;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String privateApiHost = "https://eu.posthog.com";
    private String apiKey;
    private String personalApiKey;
    private String projectSecretKey;
    private long projectId;

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

    public String getProjectSecretKey() {
        return projectSecretKey;
    }

    public void setProjectSecretKey(String projectSecretKey) {
        this.projectSecretKey = projectSecretKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectId=" + projectId
                + ", apiKey=" + apiKey
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", projectSecretKey=" + KeyMasker.mask(projectSecretKey) + "}";
    }
}
