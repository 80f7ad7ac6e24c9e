package com.acme.flagdesk.ws;

import com.acme.flagdesk.config.PostHogSettings;

import java.util.Map;

/**
 * First frame sent to the in-app flag widget. The widget bootstraps
 * posthog-js with these values so flags render without a round trip.
 */
public record WelcomeMessage(String type,
                             String host,
                             String projectKey,
                             String localEvaluationKey,
                             Map<String, Object> flags) {

    public static WelcomeMessage bootstrap(PostHogSettings settings, Map<String, Object> flags) {
        return new WelcomeMessage("welcome",
                settings.host(),
                settings.projectApiKey(),
                settings.featureFlagsSecureKey(),
                flags);
    }
}
