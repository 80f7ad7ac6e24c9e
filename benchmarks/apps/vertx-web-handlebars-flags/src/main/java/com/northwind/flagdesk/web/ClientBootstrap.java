package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogSettings;
import java.util.List;

/**
 * Payload the flag-editor front end fetches on load to initialise posthog-js and
 * evaluate flags in the browser while an operator edits them.
 */
public record ClientBootstrap(
        String posthogHost,
        String projectApiKey,
        String flagsKey,
        String distinctId,
        List<String> features) {

    static ClientBootstrap from(PostHogSettings settings, String user) {
        return new ClientBootstrap(
                settings.host(),
                settings.projectApiKey(),
                settings.localEvaluationKey(),
                "flagdesk:" + user,
                List.of("flag-editor-v2", "rollout-preview"));
    }
}
