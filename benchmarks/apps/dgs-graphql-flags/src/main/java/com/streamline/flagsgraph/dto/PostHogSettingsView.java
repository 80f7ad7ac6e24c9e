package com.streamline.flagsgraph.dto;

import com.streamline.flagsgraph.config.PostHogProperties;
import com.streamline.flagsgraph.posthog.PostHogKeyValidator;

public record PostHogSettingsView(
        String host,
        String projectApiKey,
        String personalApiKey,
        String maskedPersonalKey,
        int pollIntervalSeconds) {

    public static PostHogSettingsView from(PostHogProperties properties) {
        return new PostHogSettingsView(
                properties.getHost(),
                properties.getProjectApiKey(),
                properties.getPersonalApiKey(),
                PostHogKeyValidator.mask(properties.getPersonalApiKey()),
                properties.getPollIntervalSeconds());
    }
}
