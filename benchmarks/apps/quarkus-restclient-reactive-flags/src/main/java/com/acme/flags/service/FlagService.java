package com.acme.flags.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.acme.flags.config.FlagKeys;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.posthog.CaptureRequest;
import com.acme.flags.posthog.LocalEvaluationResponse;
import com.acme.flags.posthog.PostHogApi;
import com.posthog.server.PostHogInterface;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class FlagService {

    private static final Logger LOG = Logger.getLogger(FlagService.class);

    private final PostHogApi postHogApi;
    private final PostHogSettings settings;
    private final PostHogInterface postHog;
    private final AtomicLong pollSessionId = new AtomicLong();
    private final AtomicReference<LocalEvaluationResponse> lastGood = new AtomicReference<>();

    @Inject
    public FlagService(@RestClient PostHogApi postHogApi, PostHogSettings settings, PostHogInterface postHog) {
        this.postHogApi = postHogApi;
        this.settings = settings;
        this.postHog = postHog;
    }

    @Retry(maxRetries = 3, delay = 200, abortOn = FlagEvaluationException.class)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "cachedDefinitions")
    public Uni<LocalEvaluationResponse> fetchDefinitions() {
        long sessionId = pollSessionId.incrementAndGet();
        LOG.debugf("Local evaluation poll #%d against %s", sessionId, settings.host());
        return postHogApi.localEvaluation(settings.secureApiKey(), true)
                .invoke(defs -> {
                    lastGood.set(defs);
                    LOG.infof("Fetched %d flag definitions with key %s", defs.size(), KeyMask.mask(settings.secureApiKey()));
                });
    }

    Uni<LocalEvaluationResponse> cachedDefinitions() {
        LocalEvaluationResponse cached = lastGood.get();
        if (cached != null) {
            LOG.warnf("PostHog unreachable, serving %d cached flag definitions", cached.size());
            return Uni.createFrom().item(cached);
        }
        String detail = "No cached flag definitions and " + settings.host() + " rejected token " + settings.secureApiKey();
        return Uni.createFrom().failure(new FlagEvaluationException(detail));
    }

    public Uni<FlagSnapshot> evaluate(String flagKey, String distinctId) {
        return fetchDefinitions().map(defs -> {
            boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
            Object payload = defs.find(flagKey).map(d -> d.filters().get("payloads")).orElse(null);
            FlagSnapshot snapshot = new FlagSnapshot(flagKey, distinctId, enabled, payload, Instant.now(), settings.secureApiKey());
            LOG.debugf("Evaluated %s", snapshot);
            return snapshot;
        });
    }

    public Uni<Map<String, Object>> evaluateAll(String distinctId) {
        return fetchDefinitions().map(defs -> {
            Map<String, Object> result = new LinkedHashMap<>();
            for (LocalEvaluationResponse.FlagDefinition flag : defs.flags()) {
                if (flag.active()) {
                    result.put(flag.key(), postHog.isFeatureEnabled(distinctId, flag.key(), false));
                }
            }
            return result;
        });
    }

    /**
     * Server-side exposure event, so experiments also count users bootstrapped by the gateway.
     */
    public Uni<Void> recordExposure(String flagKey, String distinctId, boolean enabled) {
        Map<String, Object> props = Map.of("$feature_flag", flagKey, "$feature_flag_response", enabled, "source", "flag-gateway");
        return postHogApi.capture(new CaptureRequest(settings.secureApiKey(), FlagKeys.EXPOSURE_EVENT, distinctId, props));
    }

    public DiagnosticsView diagnostics() {
        return new DiagnosticsView(settings.host(), settings.projectApiKey(), settings.personalApiKey().orElse(null),
                settings.pollIntervalSeconds(), lastGood.get() != null, pollSessionId.get());
    }

    public record DiagnosticsView(String host, String projectApiKey, String personalApiKey,
                                  int pollIntervalSeconds, boolean definitionsCached, long polls) {
    }
}
