package com.brindlewood.flagdeck.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Flag lookups for the dashboard and the public preview API.
 */
@Singleton
public class FlagService {

    private final PostHogInterface evaluator;
    private final PostHogApiClient api;

    @Inject
    public FlagService(@Named("flag-evaluator") PostHogInterface evaluator, PostHogApiClient api) {
        this.evaluator = evaluator;
        this.api = api;
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        Map<String, Object> props = new HashMap<>();
        props.put("flag", flagKey);
        props.put("source", "flagdeck-preview");
        evaluator.capture(distinctId, "flag_previewed", props);
        return evaluator.isFeatureEnabled(distinctId, flagKey, false);
    }

    public CompletionStage<List<String>> flagKeys() {
        return api.listFlags().thenApply(FlagService::keysOf);
    }

    static List<String> keysOf(JsonNode page) {
        List<String> keys = new ArrayList<>();
        for (JsonNode flag : page.path("results")) {
            if (!flag.path("deleted").asBoolean(false)) {
                keys.add(flag.path("key").asText());
            }
        }
        return keys;
    }
}
