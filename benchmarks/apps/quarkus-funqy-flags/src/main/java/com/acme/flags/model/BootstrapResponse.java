package com.acme.flags.model;

import java.util.Map;

public record BootstrapResponse(
        String distinctId,
        String apiHost,
        String projectApiKey,
        String flagsSecureKey,
        Map<String, Object> featureFlags) {
}
