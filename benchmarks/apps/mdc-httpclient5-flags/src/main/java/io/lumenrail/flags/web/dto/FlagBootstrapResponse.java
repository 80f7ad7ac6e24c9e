package io.lumenrail.flags.web.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagBootstrapResponse(
        String distinctId,
        String projectApiKey,
        String apiHost,
        Map<String, Object> featureFlags,
        String localEvaluationKey,
        Instant generatedAt) {
}
