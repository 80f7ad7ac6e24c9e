package com.tidewell.flaggate.posthog;

import com.posthog.server.PostHogInterface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates feature flags for a user and keeps the list of known flag keys fresh.
 */
public final class FlagService {

    private static final Logger LOG = Logger.getLogger(FlagService.class.getName());

    private final PostHogInterface posthog;
    private final PostHogInterface audit;
    private final PostHogAdminClient adminClient;
    private volatile List<String> knownFlags = List.of();

    public FlagService(PostHogInterface posthog, PostHogInterface audit, PostHogAdminClient adminClient) {
        this.posthog = posthog;
        this.audit = audit;
        this.adminClient = adminClient;
    }

    public void refreshDefinitions() {
        try {
            List<String> keys = adminClient.fetchFlagKeys();
            knownFlags = List.copyOf(keys);
            LOG.fine(() -> "Loaded " + keys.size() + " flag definitions");
        } catch (PostHogApiException e) {
            LOG.log(Level.WARNING, "Could not refresh flag definitions, keeping " + knownFlags.size(), e);
        }
    }

    public Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String flag : knownFlags) {
            result.put(flag, posthog.getFeatureFlag(distinctId, flag, false));
        }
        return result;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public void recordOverride(String adminUser, String flagKey, boolean enabled) {
        audit.capture(adminUser, "flag override", Map.of("flag", flagKey, "enabled", enabled));
    }

    public void shutdown() {
        posthog.close();
        audit.close();
    }
}
