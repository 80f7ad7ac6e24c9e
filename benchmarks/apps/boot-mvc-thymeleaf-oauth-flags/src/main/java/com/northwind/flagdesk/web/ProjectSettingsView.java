package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;
import org.springframework.util.StringUtils;

/**
 * What the SPA settings panel needs to render the PostHog section.
 */
public record ProjectSettingsView(
        long projectId,
        String host,
        String projectApiKey,
        String featureFlagsSecureKey,
        boolean localEvaluationEnabled) {

    public static ProjectSettingsView from(PostHogProperties properties) {
        return new ProjectSettingsView(
                properties.getProjectId(),
                properties.getHost(),
                properties.getProjectApiKey(),
                properties.getFeatureFlagsSecureKey(),
                StringUtils.hasText(properties.getFeatureFlagsSecureKey()));
    }
}
