package io.helmflag.flagservice.web;

import java.util.Map;

public record ClientBootstrap(
        String projectApiKey,
        String apiHost,
        String distinctId,
        Map<String, Boolean> featureFlags,
        String localEvaluationKey,
        int refreshSeconds) {
}
