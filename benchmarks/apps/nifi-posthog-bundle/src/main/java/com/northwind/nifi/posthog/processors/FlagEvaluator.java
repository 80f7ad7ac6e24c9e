package com.northwind.nifi.posthog.processors;

import com.northwind.nifi.posthog.service.PostHogCredentials;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates a list of flags for one person with the shared client. */
public class FlagEvaluator {

    private final PostHogInterface client;
    private final PostHogCredentials credentials;
    private final boolean strict;

    public FlagEvaluator(final PostHogInterface client, final PostHogCredentials credentials, final boolean strict) {
        this.client = client;
        this.credentials = credentials;
        this.strict = strict;
    }

    public Map<String, String> evaluate(final String distinctId, final List<String> flagKeys) {
        if (credentials.personalApiKey() == null && credentials.flagsSecretKey() == null) {
            throw new FlagEvaluationException(FlagEvaluationException.Reason.NO_KEY,
                    "Local evaluation needs a personal API key or a feature flags secure API key");
        }
        final Map<String, String> results = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            final Object value = client.getFeatureFlag(distinctId, flagKey);
            if (value == null && strict) {
                final String detail = "Flag definitions for '" + flagKey + "' not loaded with secure key " + credentials.flagsSecretKey();
                throw new FlagEvaluationException(FlagEvaluationException.Reason.DEFINITIONS_NOT_LOADED, detail);
            }
            results.put(flagKey, value == null ? "" : String.valueOf(value));
        }
        return results;
    }
}
