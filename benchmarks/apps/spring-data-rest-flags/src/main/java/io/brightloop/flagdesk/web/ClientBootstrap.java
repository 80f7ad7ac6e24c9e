package io.brightloop.flagdesk.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.brightloop.flagdesk.config.PostHogProperties;

public record ClientBootstrap(
        @JsonProperty("project_api_key") String projectApiKey,
        @JsonProperty("api_host") String apiHost,
        @JsonProperty("flags_key") String flagsKey,
        @JsonProperty("flags") Map<String, Object> flags,
        @JsonProperty("local_evaluation") boolean localEvaluation) {

    public static ClientBootstrap forUser(PostHogProperties properties, Map<String, Object> evaluatedFlags) {
        return new ClientBootstrap(
                properties.projectApiKey(),
                properties.host(),
                properties.flagsSecureKey(),
                evaluatedFlags,
                properties.localEvaluationEnabled());
    }
}
