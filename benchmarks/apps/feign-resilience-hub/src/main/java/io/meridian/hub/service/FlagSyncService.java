package io.meridian.hub.service;

import static net.logstash.logback.argument.StructuredArguments.kv;

import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import io.meridian.hub.client.FlagsApiException;
import io.meridian.hub.client.PostHogFlagsClient;
import io.meridian.hub.client.PostHogFlagsClient.FeatureFlag;
import io.meridian.hub.client.PostHogFlagsClient.LocalEvaluation;
import io.meridian.hub.config.PostHogProperties;
import io.meridian.hub.web.ConnectionDiagnostics;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);
    private static final String BREAKER = "posthogFlags";

    private final PostHogFlagsClient flagsClient;
    private final PostHogProperties properties;
    private final CircuitBreakerRegistry breakers;
    private final AtomicReference<List<FeatureFlag>> lastKnownFlags = new AtomicReference<>(List.of());
    private volatile Instant lastSync = Instant.EPOCH;

    public FlagSyncService(PostHogFlagsClient flagsClient, PostHogProperties properties,
                           CircuitBreakerRegistry breakers) {
        this.flagsClient = flagsClient;
        this.properties = properties;
        this.breakers = breakers;
    }

    @CircuitBreaker(name = BREAKER, fallbackMethod = "cachedFlags")
    @Retry(name = BREAKER)
    public List<FeatureFlag> currentFlags() {
        LocalEvaluation evaluation = flagsClient.localEvaluation(properties.getProjectApiKey(), true);
        lastKnownFlags.set(evaluation.flags());
        lastSync = Instant.now();
        log.info("Synced feature flags", kv("count", evaluation.flags().size()), kv("projectId", properties.getProjectId()));
        return evaluation.flags();
    }

    List<FeatureFlag> cachedFlags(Throwable cause) {
        log.warn("PostHog flag sync degraded, serving cached flags",
                kv("cause", cause.getClass().getSimpleName()),
                kv("lastSync", lastSync),
                kv("flagsKey", properties.getFeatureFlagsSecureApiKey()));
        return lastKnownFlags.get();
    }

    public void verifyCredentials() {
        try {
            flagsClient.currentUser();
        } catch (FeignException.Unauthorized e) {
            throw new FlagsApiException(401, "PostHog rejected personal API key " + properties.getPersonalApiKey()
                    + " for project " + properties.getProjectId(), e);
        }
    }

    public ConnectionDiagnostics snapshot() {
        return new ConnectionDiagnostics(
                properties.getHost(),
                properties.getProjectId(),
                properties.getPersonalApiKey(),
                breakers.circuitBreaker(BREAKER).getState().name(),
                lastSync);
    }

    public Instant lastSync() {
        return lastSync;
    }
}
