package com.northwind.digest.api.dto;

import com.northwind.digest.config.PostHogSettings;
import java.util.Map;

/**
 * Configuration the web dashboard needs to initialise posthog-js and bootstrap flags
 * without a round trip.
 */
public record ClientConfigDto(
        String apiKey,
        String apiHost,
        String flagsKey,
        Map<String, Object> bootstrapFlags) {

    public static ClientConfigDto from(PostHogSettings settings, Map<String, Object> bootstrapFlags) {
        return new ClientConfigDto(
                settings.projectApiKey(),
                settings.host(),
                settings.flagsSecureKey(),
                bootstrapFlags);
    }
}
