package com.northwind.enricher.posthog;

import com.northwind.enricher.config.EnricherConfig;
import com.northwind.enricher.config.PostHogDefaults;
import com.northwind.enricher.model.FlagSnapshot;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

public final class FlagGate implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(FlagGate.class);

    private final PostHogInterface client;
    private final EnricherConfig config;
    private final Map<String, Boolean> lastResults = new ConcurrentHashMap<>();
    private volatile PostHogInterface remoteFallback;

    public FlagGate(PostHogInterface client, EnricherConfig config) {
        this.client = client;
        this.config = config;
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        boolean enabled;
        try {
            enabled = client.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            LOG.warn("Local evaluation of flag {} failed, using remote evaluation", flagKey, e);
            enabled = remote().isFeatureEnabled(distinctId, flagKey, false);
        }
        lastResults.put(flagKey, enabled);
        return enabled;
    }

    private PostHogInterface remote() {
        PostHogInterface r = remoteFallback;
        if (r == null) {
            synchronized (this) {
                r = remoteFallback;
                if (r == null) {
                    PostHogConfig cfg = PostHogConfig.builder(PostHogDefaults.LOCAL_EVAL_FALLBACK_KEY)
                            .host(config.getPostHogHost())
                            .localEvaluation(false)
                            .build();
                    r = PostHog.with(cfg);
                    remoteFallback = r;
                }
            }
        }
        return r;
    }

    public FlagSnapshot snapshot() {
        return new FlagSnapshot(
                config.getPostHogHost(),
                config.getFlagsSecureKey(),
                new TreeMap<>(lastResults),
                Instant.now());
    }

    @Override
    public void close() {
        client.close();
        if (remoteFallback != null) {
            remoteFallback.close();
        }
    }
}
