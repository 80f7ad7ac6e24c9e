package com.acme.flaggateway.flags;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.acme.flaggateway.config.KeyMaterial;
import com.acme.flaggateway.config.PostHogProperties;
import com.acme.flaggateway.events.FlagDefinitionsRefreshedEvent;
import com.acme.flaggateway.flags.PostHogManagementClient.LocalEvaluationSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Keeps the list of flags PostHog knows about, backed by the Caffeine "flag-definitions" cache
 * (60 s TTL, see application.yml). Every reload publishes a {@link FlagDefinitionsRefreshedEvent}.
 */
@Service
public class FlagDefinitionCache {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionCache.class);

    private final PostHogManagementClient management;
    private final ApplicationEventPublisher events;
    private final PostHogProperties props;
    private final AtomicLong version = new AtomicLong();
    private volatile int flagCount;

    public FlagDefinitionCache(PostHogManagementClient management, ApplicationEventPublisher events,
            PostHogProperties props) {
        this.management = management;
        this.events = events;
        this.props = props;
    }

    @Cacheable(cacheNames = "flag-definitions", key = "'current'", sync = true)
    public List<String> flagKeys() {
        String key = props.localEvaluationKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Local evaluation needs " + KeyMaterial.PERSONAL_API_KEY_PROPERTY
                    + " or posthog.feature-flags-secure-api-key to be set");
        }
        log.debug("flag-definitions cache miss, loading from PostHog with key {}", key);
        LocalEvaluationSnapshot snapshot = management.fetchLocalEvaluation(key);
        long current = version.incrementAndGet();
        flagCount = snapshot.flagKeys().size();
        events.publishEvent(new FlagDefinitionsRefreshedEvent(snapshot.endpoint(), snapshot.requestHeaders(),
                flagCount, snapshot.etag(), current, Instant.now()));
        return snapshot.flagKeys();
    }

    @CacheEvict(cacheNames = "flag-definitions", allEntries = true)
    public void invalidate(String requestedBy) {
        log.info("flag-definitions invalidated by {} at version {}", requestedBy, version.get());
        management.captureDirect(requestedBy, "flag_definitions_invalidated", Map.of("version", version.get()));
    }

    public long currentVersion() {
        return version.get();
    }

    public int flagCount() {
        return flagCount;
    }
}
