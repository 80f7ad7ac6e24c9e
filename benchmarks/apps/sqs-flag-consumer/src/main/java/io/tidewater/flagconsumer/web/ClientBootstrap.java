package io.tidewater.flagconsumer.web;

import java.util.List;

import io.tidewater.flagconsumer.config.PostHogProperties;

public record ClientBootstrap(
        String apiHost,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation,
        List<String> flagKeys) {

    public static ClientBootstrap from(PostHogProperties props, List<String> flagKeys) {
        boolean localEvaluation = props.getSecureApiKey() != null && !props.getSecureApiKey().isBlank();
        return new ClientBootstrap(
                props.getHost(),
                props.getProjectApiKey(),
                props.getPersonalApiKey(),
                localEvaluation,
                List.copyOf(flagKeys));
    }
}
