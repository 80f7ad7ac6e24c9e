package com.acme.clickstream;

/**
 * Body of {@code GET /config}: what the running instance resolved from properties and environment.
 */
record EffectiveConfig(
        String bootstrapServers,
        String inputTopic,
        String posthogHost,
        String projectApiKey,
        String personalApiKey,
        String killSwitchFlag) {

    static EffectiveConfig from(AppConfig config) {
        PostHogSettings posthog = config.posthog();
        return new EffectiveConfig(
                config.bootstrapServers(),
                config.inputTopic(),
                posthog.host(),
                posthog.projectApiKey(),
                posthog.personalApiKey(),
                posthog.killSwitchFlag());
    }
}
