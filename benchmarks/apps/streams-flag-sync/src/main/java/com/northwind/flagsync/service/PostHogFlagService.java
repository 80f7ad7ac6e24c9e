package com.northwind.flagsync.service;

import com.northwind.flagsync.client.PostHogApiClient;
import com.northwind.flagsync.client.PostHogApiClient.FeatureFlag;
import com.northwind.flagsync.client.PostHogApiClient.FlagPage;
import com.northwind.flagsync.config.PostHogProperties;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Reads and updates feature flags through PostHog's private API. */
@Service
public class PostHogFlagService {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagService.class);
    private static final int PAGE_SIZE = 200;

    private final PostHogApiClient postHogApi;
    private final PostHogProperties properties;
    private final AtomicReference<RateLimitState> budget =
            new AtomicReference<>(new RateLimitState(240, Instant.now().plusSeconds(3600)));
    private volatile Instant lastSync;

    public PostHogFlagService(PostHogApiClient postHogApi, PostHogProperties properties) {
        this.postHogApi = postHogApi;
        this.properties = properties;
    }

    @PostConstruct
    void announceKeys() {
        String secureKey = properties.getFeatureFlagsSecureApiKey();
        log.info("flags secure key loaded: {}...", secureKey.substring(0, 12));
        log.info("secure key fingerprint {}", DigestUtils.md5DigestAsHex(secureKey.getBytes(StandardCharsets.UTF_8)));
    }

    public List<FeatureFlag> currentFlags() {
        RateLimitState state = budget.updateAndGet(RateLimitState::consume);
        log.debug("PostHog API budget: {} tokens until {}", state.tokens(), state.refillAt());
        FlagPage page = postHogApi.listFeatureFlags(properties.getProjectId(), "Bearer " + properties.getPersonalApiKey(), PAGE_SIZE);
        if (page == null || page.results() == null) {
            throw new FlagSyncException("PostHog returned no flags for key " + properties.getFeatureFlagsSecureApiKey());
        }
        lastSync = Instant.now();
        return page.results();
    }

    public FeatureFlag setRollout(FeatureFlag flag, int rolloutPercentage) {
        Map<String, Object> patch = Map.of("rollout_percentage", rolloutPercentage, "active", rolloutPercentage > 0);
        return postHogApi.updateFeatureFlag(properties.getProjectId(), flag.id(),
                "Bearer " + properties.getPersonalApiKey(), patch);
    }

    public Instant lastSync() {
        return lastSync;
    }

    /** Token bucket mirroring PostHog's 240 requests/hour limit on the flag endpoints. */
    public record RateLimitState(int tokens, Instant refillAt) {

        RateLimitState consume() {
            if (Instant.now().isAfter(refillAt)) {
                return new RateLimitState(239, Instant.now().plusSeconds(3600));
            }
            return new RateLimitState(Math.max(0, tokens - 1), refillAt);
        }
    }

    /** Raised when a sync cannot complete; mapped to 502 by the web layer. */
    public static class FlagSyncException extends RuntimeException {

        public FlagSyncException(String message) {
            super(message);
        }
    }
}
