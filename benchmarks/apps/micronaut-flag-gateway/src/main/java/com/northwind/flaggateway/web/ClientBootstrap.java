package com.northwind.flaggateway.web;

import com.northwind.flaggateway.config.PostHogSettings;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

@Serdeable
public record ClientBootstrap(String distinctId,
                              String projectApiKey,
                              String apiHost,
                              String flagsSecureKey,
                              Map<String, Object> featureFlags) {

    public static ClientBootstrap of(String distinctId, PostHogSettings settings, Map<String, Object> flags) {
        return new ClientBootstrap(
                distinctId,
                settings.getProjectApiKey(),
                settings.getHost(),
                settings.getFlagsSecureKey(),
                flags);
    }
}
