package com.lumorafreight.flagproxy.dto;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Payload consumed by the dispatch console SPA on page load.
 */
@Serdeable
public record FlagBootstrapResponse(
        String projectApiKey,
        String apiHost,
        Map<String, Object> flags,
        String localEvaluationKey) {
}
