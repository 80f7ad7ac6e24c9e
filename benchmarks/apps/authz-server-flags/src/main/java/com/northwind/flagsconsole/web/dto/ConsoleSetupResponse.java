package com.northwind.flagsconsole.web.dto;

import com.northwind.flagsconsole.config.PostHogProperties;

public record ConsoleSetupResponse(
        String host,
        String projectApiKey,
        String flagsSecureKey,
        int pollIntervalSeconds,
        boolean localEvaluation) {

    public static ConsoleSetupResponse from(PostHogProperties properties) {
        return new ConsoleSetupResponse(
                properties.getHost(),
                properties.getProjectApiKey(),
                properties.getFeatureFlagsSecureKey(),
                properties.getPollIntervalSeconds(),
                properties.getFeatureFlagsSecureKey() != null);
    }
}
