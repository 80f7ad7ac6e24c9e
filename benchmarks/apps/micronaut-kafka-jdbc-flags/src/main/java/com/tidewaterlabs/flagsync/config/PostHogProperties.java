package com.tidewaterlabs.flagsync.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    @Nullable
    private String personalApiKey;
    private boolean debug;
    private int pollIntervalSeconds = 30;

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

    @Nullable
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(@Nullable String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
