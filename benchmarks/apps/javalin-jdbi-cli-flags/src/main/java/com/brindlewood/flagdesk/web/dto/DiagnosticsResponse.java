package com.brindlewood.flagdesk.web.dto;

import com.brindlewood.flagdesk.config.PostHogSettings;

/**
 * Shown on the ops dashboard so on-call can check which PostHog project the service talks to.
 */
public record DiagnosticsResponse(
        String posthogHost,
        String projectApiKey,
        String localEvaluationKey,
        String projectId,
        boolean debug) {

    public static DiagnosticsResponse from(PostHogSettings settings) {
        return new DiagnosticsResponse(
                settings.host(),
                settings.projectApiKey(),
                settings.personalApiKey(),
                settings.projectId(),
                settings.debug());
    }
}
