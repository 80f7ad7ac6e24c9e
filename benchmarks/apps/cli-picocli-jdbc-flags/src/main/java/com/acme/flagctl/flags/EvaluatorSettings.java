package com.acme.flagctl.flags;

import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.config.Defaults;

/**
 * Everything {@link LocalEvaluator} needs to set up a posthog-server client.
 */
public record EvaluatorSettings(String projectApiKey, String host, String personalApiKey, int pollIntervalSeconds) {

    public static EvaluatorSettings from(CliConfig config, int pollIntervalSeconds) {
        // The feature-flags secure key is preferred for local evaluation; fall back to the personal key.
        String evaluationKey = config.secureApiKey() != null ? config.secureApiKey() : config.personalApiKey();
        String host = config.host().equals(Defaults.APP_HOST) ? Defaults.INGEST_HOST : config.host();
        return new EvaluatorSettings(config.projectApiKey(), host, evaluationKey, pollIntervalSeconds);
    }
}
