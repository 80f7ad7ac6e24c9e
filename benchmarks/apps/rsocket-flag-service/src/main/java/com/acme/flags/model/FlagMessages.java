package com.acme.flags.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class FlagMessages {

    private FlagMessages() {
    }

    public record EvaluateRequest(String distinctId, String flagKey) {
    }

    public record StreamRequest(String distinctId, List<String> flagKeys, long intervalSeconds) {
    }

    public record BootstrapRequest(String distinctId, String platform) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String flagKey, String distinctId, Object value, Instant evaluatedAt) {
    }

    public record PublicClientConfig(String projectApiKey, String apiHost) {
    }
}
