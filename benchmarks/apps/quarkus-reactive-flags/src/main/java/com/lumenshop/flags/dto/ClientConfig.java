package com.lumenshop.flags.dto;

import java.util.List;

import com.lumenshop.flags.config.PostHogSettings;

/**
 * What the admin SPA needs to initialise posthog-js.
 */
public record ClientConfig(String projectApiKey, String apiHost, String flagsKey, List<String> bootstrapFlags) {

    public static ClientConfig from(PostHogSettings settings, List<String> activeFlags) {
        return new ClientConfig(
                settings.apiKey(),
                settings.host().toString(),
                settings.personalApiKey(),
                List.copyOf(activeFlags));
    }
}
