package io.lumenpay.flags.model;

import java.util.Map;

public record ClientBootstrap(
        String token,
        String apiHost,
        String flagsKey,
        Map<String, Object> featureFlags) {
}
