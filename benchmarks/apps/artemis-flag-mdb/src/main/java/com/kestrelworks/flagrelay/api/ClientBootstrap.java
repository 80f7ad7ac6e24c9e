package com.kestrelworks.flagrelay.api;

import java.util.Map;

public record ClientBootstrap(
        String projectApiKey,
        String apiHost,
        String flagsApiKey,
        String distinctId,
        Map<String, Object> featureFlags) {

    public static ClientBootstrap publicConfig(String projectApiKey, String apiHost) {
        return new ClientBootstrap(projectApiKey, apiHost, null, null, Map.of());
    }
}
