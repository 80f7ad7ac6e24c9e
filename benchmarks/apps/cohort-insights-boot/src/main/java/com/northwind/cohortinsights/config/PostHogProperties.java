package com.northwind.cohortinsights.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code posthog.*} in application.yml.
 *
 * <p>{@code apiKey} is the public project key used by posthog-js on the dashboard pages;
 * {@code personalApiKey} is used server-side for local flag evaluation and the REST API;
 * {@code featureFlagsSecureKey} is the project secret key used by the remote-config endpoint.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String apiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String apiHost,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Safe one-line summary for startup logs. */
    public String redacted() {
        return "PostHogProperties[apiKey=" + apiKey
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", featureFlagsSecureKey=" + KeyMasker.mask(featureFlagsSecureKey)
                + ", host=" + host + ", projectId=" + projectId + "]";
    }
}
