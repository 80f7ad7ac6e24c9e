package com.northwind.portal.web;

import com.northwind.portal.config.PostHogSettings;

public record DiagnosticsView(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String maskedSecureKey,
        boolean localEvaluation,
        int pollIntervalSeconds) {

    public static DiagnosticsView from(PostHogSettings settings) {
        String secure = settings.secureFlagsKey().orElse("");
        String masked = secure.length() > 8 ? secure.substring(0, 4) + "****" : "****";
        return new DiagnosticsView(
                settings.host(),
                settings.projectId(),
                settings.projectApiKey(),
                settings.personalApiKey(),
                masked,
                settings.secureFlagsKey().isPresent(),
                settings.pollIntervalSeconds());
    }
}
