package com.tidewaterlabs.flagsync.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One entry per {@code posthog.environments.<name>} block. Each environment has its own
 * project key and feature-flags secure API key.
 */
@EachProperty("posthog.environments")
public class PostHogEnvironment {

    private final String name;
    private String host = "https://eu.i.posthog.com";
    private String projectKey;
    private String secretKey;

    public PostHogEnvironment(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public void setProjectKey(String projectKey) {
        this.projectKey = projectKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    @Override
    public String toString() {
        return "PostHogEnvironment[" + name + ", host=" + host
                + ", projectKey=" + projectKey + ", secretKey=" + secretKey + "]";
    }
}
