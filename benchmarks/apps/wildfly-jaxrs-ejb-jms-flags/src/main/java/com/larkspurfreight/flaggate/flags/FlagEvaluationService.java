package com.larkspurfreight.flaggate.flags;

import com.posthog.server.PostHogInterface;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Evaluates feature flags for shipments and drivers. Results are cached per sync cycle.
 */
@Stateless
public class FlagEvaluationService {

    private static final Logger LOG = Logger.getLogger(FlagEvaluationService.class);

    private static final Map<String, Boolean> OVERRIDES = new ConcurrentHashMap<>();

    @Inject
    PostHogInterface posthog;

    public boolean isEnabled(String flagKey, String distinctId) {
        Boolean override = OVERRIDES.get(flagKey);
        if (override != null) {
            LOG.debugf("flag %s forced to %s by override", flagKey, override);
            return override;
        }
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        LOG.tracef("flag %s for %s -> %s", flagKey, distinctId, enabled);
        return enabled;
    }

    public Object variant(String flagKey, String distinctId) {
        return posthog.getFeatureFlag(distinctId, flagKey);
    }

    public void override(String flagKey, boolean value) {
        OVERRIDES.put(flagKey, value);
    }

    public void clearOverrides() {
        OVERRIDES.clear();
    }
}
