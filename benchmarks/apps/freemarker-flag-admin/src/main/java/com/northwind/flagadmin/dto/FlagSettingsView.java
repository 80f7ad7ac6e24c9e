package com.northwind.flagadmin.dto;

import com.northwind.flagadmin.config.PostHogProperties;

public record FlagSettingsView(String host,
                               long projectId,
                               String projectApiKey,
                               String localEvaluationKey,
                               String personalKeyHint,
                               int pollIntervalSeconds) {

    public static FlagSettingsView from(PostHogProperties properties) {
        return new FlagSettingsView(
                properties.getHost(),
                properties.getProjectId(),
                properties.getProjectApiKey(),
                properties.getSecureApiKey(),
                PostHogProperties.mask(properties.getPersonalApiKey()),
                properties.getPollIntervalSeconds());
    }
}
