package com.acme.flags.service.web.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientBootstrapResponse(
        String projectApiKey,
        String apiHost,
        String distinctId,
        Map<String, Object> featureFlags,
        String localEvaluationToken) {
}
