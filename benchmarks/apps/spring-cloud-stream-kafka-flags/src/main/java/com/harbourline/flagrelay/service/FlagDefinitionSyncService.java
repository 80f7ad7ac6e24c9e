package com.harbourline.flagrelay.service;

import com.harbourline.flagrelay.client.PostHogApiClient;
import com.harbourline.flagrelay.client.PostHogApiClient.CaptureBatch;
import com.harbourline.flagrelay.client.PostHogApiClient.CaptureEvent;
import com.harbourline.flagrelay.client.PostHogApiClient.FeatureFlag;
import com.harbourline.flagrelay.client.PostHogApiClient.FeatureFlagPage;
import com.harbourline.flagrelay.client.PostHogApiException;
import com.harbourline.flagrelay.config.PostHogProperties;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;

/**
 * Keeps a local copy of the project's flag definitions so the admin UI and the allowlist
 * check do not hit PostHog for every request.
 */
@Service
public class FlagDefinitionSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionSyncService.class);
    private static final int PAGE_SIZE = 200;

    private final PostHogApiClient api;
    private final PostHogProperties properties;
    private final String flagsSecureKey;
    private final Map<String, FeatureFlag> definitions = new ConcurrentHashMap<>();

    public FlagDefinitionSyncService(PostHogApiClient api, PostHogProperties properties,
            @Value("${posthog.feature-flags-secure-api-key:phs_i3gKXeFce22gANFyKguGUdtWLoUhqdYsdTFj6JU6PAaEzBVi}")
            String flagsSecureKey) {
        this.api = api;
        this.properties = properties;
        this.flagsSecureKey = flagsSecureKey;
    }

    @Retryable(retryFor = PostHogApiException.class, maxAttempts = 4, recover = "refreshFailed",
            backoff = @Backoff(delay = 500, multiplier = 2.0, maxDelay = 5000))
    public int refreshDefinitions() {
        FeatureFlagPage page = api.listFeatureFlags(properties.getProjectId(), PAGE_SIZE);
        definitions.clear();
        page.results().stream()
                .filter(flag -> !flag.deleted())
                .forEach(flag -> definitions.put(flag.key(), flag));
        log.info("Synced {} flag definitions for project {} using key {}", definitions.size(),
                properties.getProjectId(), properties.maskedPersonalApiKey());
        reportSync(definitions.size());
        return definitions.size();
    }

    @Recover
    public int refreshFailed(PostHogApiException ex) {
        log.error("Flag definition sync failed after retries, keeping {} cached definitions", definitions.size(), ex);
        return definitions.size();
    }

    /** Raw local-evaluation document, exposed for the admin "diff" view. */
    public Map<String, Object> fetchLocalEvaluation() {
        return api.localEvaluation(flagsSecureKey, "Bearer " + flagsSecureKey);
    }

    public List<String> cachedFlagKeys() {
        return definitions.keySet().stream().sorted().toList();
    }

    private void reportSync(int count) {
        CaptureEvent event = new CaptureEvent("flag definitions synced", "flag-relay",
                Map.of("count", count, "project_id", properties.getProjectId()));
        api.captureBatch(URI.create(properties.getHost()), new CaptureBatch(properties.getPersonalApiKey(), List.of(event)));
    }
}
