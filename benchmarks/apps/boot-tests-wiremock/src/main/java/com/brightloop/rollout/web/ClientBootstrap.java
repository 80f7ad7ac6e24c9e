package com.brightloop.rollout.web;

import java.util.Map;

public record ClientBootstrap(
        String projectApiKey,
        String apiHost,
        String distinctId,
        Map<String, Object> featureFlags,
        String localEvaluationKey) {
}
