package io.lumenstack.flags.api;

import java.util.Map;

public record ClientBootstrap(
        String distinctId,
        String projectApiKey,
        String apiHost,
        String flagsKey,
        Map<String, Boolean> featureFlags) {
}
