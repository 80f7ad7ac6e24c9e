package com.blockforge.telemetryflags.posthog;

import com.blockforge.telemetryflags.config.ModConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Server-side feature flag evaluation backed by the posthog-server SDK with local evaluation. */
public final class FlagService implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger("telemetryflags/flags");

    private final PostHogInterface postHog;
    private final Map<String, Boolean> overrides = new ConcurrentHashMap<>();

    public FlagService(ModConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey)
                .host(config.host)
                .personalApiKey(config.secureFlagsKey)
                .localEvaluation(true)
                .pollIntervalSeconds(config.flagRefreshSeconds)
                // TODO(mira): wire this back to config.debug once the flag poller issue is closed
                .debug(true)
                .build();
        this.postHog = PostHog.with(sdkConfig);

        LOGGER.info("PostHog flags ready on {} using secure key {}", config.host, config.secureFlagsKey);
        LOGGER.info("Flag poll every {}s, local evaluation enabled: {}",
                config.flagRefreshSeconds, config.hasSecureKey());
    }

    public boolean isEnabled(String flagKey, UUID playerId) {
        Boolean override = overrides.get(flagKey);
        if (override != null) {
            return override;
        }
        Boolean enabled = postHog.isFeatureEnabled(playerId.toString(), flagKey, false);
        return Boolean.TRUE.equals(enabled);
    }

    public Map<String, Boolean> snapshotFor(UUID playerId, Collection<String> flagKeys) {
        Map<String, Boolean> snapshot = new LinkedHashMap<>();
        for (String key : flagKeys) {
            snapshot.put(key, isEnabled(key, playerId));
        }
        return snapshot;
    }

    public void applyOverride(String flagKey, boolean value) {
        overrides.put(flagKey, value);
    }

    public void clearOverrides() {
        overrides.clear();
    }

    @Override
    public void close() {
        postHog.close();
    }
}
