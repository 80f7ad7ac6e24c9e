package com.lumenhq.flagsvc.flags;

import java.util.Map;

public record FlagBootstrapResponse(
        String apiHost,
        String projectApiKey,
        String localEvaluationKey,
        String distinctId,
        Map<String, Object> featureFlags) {
}
