package io.lumenhq.growth.flags;

import java.util.Map;

public record FrontendBootstrap(
        String apiKey,
        String apiHost,
        String uiHost,
        String distinctId,
        Map<String, Object> featureFlags,
        String flagsSecureKey) {
}
