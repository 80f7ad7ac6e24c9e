package com.northwind.flagassistant.web;

import com.northwind.flagassistant.config.OpenAiProperties;
import com.northwind.flagassistant.config.PostHogProperties;

/** What the ops dashboard shows about the running instance. */
public record DiagnosticsResponse(
        String posthogHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String openAiModel,
        boolean sdkDebug) {

    public static DiagnosticsResponse from(PostHogProperties posthog, OpenAiProperties openAi) {
        return new DiagnosticsResponse(
                posthog.getHost(),
                posthog.getProjectId(),
                posthog.getProjectApiKey(),
                posthog.getPersonalApiKey(),
                openAi.modelName(),
                posthog.isDebug());
    }
}
