package com.acme.flagadmin.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Bound from the {@code posthog.*} block of application.yml. One entry per PostHog project we administer.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String host,
        @NotBlank String appHost,
        boolean debug,
        Map<String, Project> projects) {

    public record Project(
            String name,
            long projectId,
            String projectApiKey,
            String personalApiKey,
            String featureFlagsSecureApiKey) {

        public boolean hasSecureKey() {
            return featureFlagsSecureApiKey != null && !featureFlagsSecureApiKey.isBlank();
        }

        /** Key used for local evaluation: the secure key if present, otherwise the personal key. */
        public String localEvaluationKey() {
            return hasSecureKey() ? featureFlagsSecureApiKey : personalApiKey;
        }
    }

    public Project project(String slug) {
        Project project = projects.get(slug);
        if (project == null) {
            throw new NoSuchElementException("Unknown PostHog project: " + slug);
        }
        return project;
    }
}
