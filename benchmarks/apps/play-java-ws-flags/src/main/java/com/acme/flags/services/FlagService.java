package com.acme.flags.services;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.dto.ClientBootstrap;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates flags for a user and keeps the last flag definitions fetched by the poller.
 */
@Singleton
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;
    private final AtomicReference<JsonNode> definitions = new AtomicReference<>();

    @Inject
    public FlagService(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public ClientBootstrap bootstrapFor(String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flagKey : settings.bootstrapFlags()) {
            flags.put(flagKey, isEnabled(distinctId, flagKey));
        }
        return new ClientBootstrap(
                settings.projectApiKey(),
                settings.host(),
                distinctId,
                flags,
                settings.featureFlagsSecureKey());
    }

    public void updateDefinitions(JsonNode json) {
        JsonNode previous = definitions.getAndSet(json);
        int count = json.path("flags").size();
        if (previous == null || previous.path("flags").size() != count) {
            log.info("Loaded {} flag definitions", count);
        }
    }

    public JsonNode definitions() {
        return definitions.get();
    }
}
