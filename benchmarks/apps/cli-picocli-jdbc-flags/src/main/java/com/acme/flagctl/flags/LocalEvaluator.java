package com.acme.flagctl.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.logging.Logger;

/**
 * Evaluates flags in-process with the posthog-server SDK (local evaluation), so that
 * {@code flagctl eval} gives the same answer as our backend services.
 */
public class LocalEvaluator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalEvaluator.class.getName());

    private final PostHogInterface posthog;

    public LocalEvaluator(EvaluatorSettings settings) {
        LOG.config("Starting local evaluator with " + settings);
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        this.posthog = PostHog.with(config);
    }

    public Object evaluate(String distinctId, String flagKey) {
        Object value = posthog.getFeatureFlag(distinctId, flagKey);
        LOG.fine(() -> "Flag " + flagKey + " for " + distinctId + " -> " + value);
        return value;
    }

    @Override
    public void close() {
        posthog.close();
    }
}
