package com.northwind.portal.web.dto;

import java.util.Map;

public record AnalyticsBootstrap(
        String projectApiKey,
        String apiHost,
        String distinctId,
        String localEvaluationKey,
        Map<String, Boolean> featureFlags) {
}
