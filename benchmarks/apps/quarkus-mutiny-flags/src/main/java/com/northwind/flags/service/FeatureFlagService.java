package com.northwind.flags.service;

import com.northwind.flags.client.PostHogApi;
import com.northwind.flags.client.PostHogIngestApi;
import com.northwind.flags.config.KeyConstants;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.dto.CaptureRequest;
import com.northwind.flags.dto.FeatureFlagPage.FlagDefinition;
import com.northwind.flags.dto.PostHogSettingsView.KeyKind;
import com.northwind.flags.exception.PostHogApiException;
import com.northwind.flags.util.KeyMasker;
import com.posthog.server.PostHogInterface;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FeatureFlagService {

    private final PostHogSettings settings;
    private final PostHogInterface posthog;
    private final PostHogApi api;
    private final PostHogIngestApi ingest;

    public FeatureFlagService(PostHogSettings settings,
                              PostHogInterface posthog,
                              @RestClient PostHogApi api,
                              @RestClient PostHogIngestApi ingest) {
        this.settings = settings;
        this.posthog = posthog;
        this.api = api;
        this.ingest = ingest;
    }

    /** Flag definitions from the private API (needs the personal API key). */
    public Uni<List<FlagDefinition>> listDefinitions() {
        String personalKey = settings.personalApiKey();
        String authorization = KeyConstants.BEARER_PREFIX + personalKey;
        Log.infof("Loading flag definitions for project %s (key fingerprint %s)",
                settings.projectId(), KeyMasker.sha256Hex(personalKey));
        Log.debugf("Sending %s header to %s", KeyConstants.AUTHORIZATION_HEADER, settings.appHost());
        Log.debugf("Key kind in use: %s", KeyKind.PERSONAL_API_KEY);

        return api.listFeatureFlags(authorization, settings.projectId(), 200)
                .onItem().transform(page -> page.results())
                .onFailure().invoke(t -> Log.warnf("Flag definition fetch failed, authorization=%s", authorization))
                .onFailure(WebApplicationException.class).transform(t -> PostHogApiException.forRequest(
                        "feature_flags", authorization,
                        ((WebApplicationException) t).getResponse().getStatus(), t));
    }

    /** Evaluates every active flag for one user with the server SDK (blocking, so off the event loop). */
    public Uni<Map<String, Object>> evaluateAll(String distinctId) {
        return listDefinitions()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transform(definitions -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (FlagDefinition definition : definitions) {
                        if (definition.active()) {
                            values.put(definition.key(), posthog.getFeatureFlag(distinctId, definition.key()));
                        }
                    }
                    return values;
                });
    }

    /** Periodic snapshot of the definitions, pushed to the WebSocket dashboard. */
    public Multi<List<FlagDefinition>> watchDefinitions() {
        return Multi.createFrom().ticks().every(Duration.ofSeconds(settings.pollIntervalSeconds()))
                .onItem().transformToUniAndConcatenate(tick -> listDefinitions())
                .onFailure().retry().atMost(3);
    }

    /** Records that a user saw a flagged feature. */
    public Uni<Void> trackFlagView(String distinctId, String flagKey) {
        Map<String, Object> properties = Map.of("$feature_flag", flagKey);
        return ingest.capture(new CaptureRequest(settings.personalApiKey(), "$feature_view", distinctId, properties));
    }
}
