package com.northwind.flagsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Everything the service needs to talk to PostHog. Bound from the {@code posthog.*} keys that
 * Spring Cloud Config serves (see application.yml for local defaults).
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** PostHog instance, e.g. https://eu.posthog.com */
    @NotBlank
    private String host = "https://eu.posthog.com";

    /** Numeric id of the project whose flags we manage. */
    private long projectId;

    /** Public project key used for capture. */
    private String projectApiKey;

    /** Personal API key with feature_flag:write scope, used against the private API. */
    private String personalApiKey;

    /** Feature-flags secure API key used for local evaluation. */
    private String featureFlagsSecureApiKey;

    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
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

    /** A copy that is safe to print: keys are shown the way PostHog shows them. */
    public RedactedSettings redacted() {
        return new RedactedSettings(host, projectId, projectApiKey, mask(personalApiKey),
                mask(featureFlagsSecureApiKey), pollIntervalSeconds);
    }

    /** phx_...abcd, like the PostHog UI. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public record RedactedSettings(String host, long projectId, String projectApiKey,
                                   String personalApiKey, String featureFlagsSecureApiKey,
                                   int pollIntervalSeconds) {
    }
}
