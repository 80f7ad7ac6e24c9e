package com.larchwood.flagdesk.flags;

import com.larchwood.flagdesk.config.PostHogSettings;
import com.larchwood.flagdesk.util.KeyMasker;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates flags for the signed-in FlagDesk user through the shared client.
 */
@ApplicationScoped
public class FlagEvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluationService.class);

    static final List<String> UI_FLAGS = List.of("new-dashboard", "bulk-toggle", "staging-preview");

    @Inject
    PostHogInterface postHog;

    @Inject
    PostHogSettings settings;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        String personalKey = settings.getPersonalApiKey();
        LOG.info("Local evaluation key fingerprint {}", KeyMasker.sha256Hex(personalKey));
        LOG.info("Local evaluation configured: {} (key length {})", personalKey != null, personalKey.length());
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        LOG.debug("flag {} for {} -> {}", flagKey, distinctId, enabled);
        return enabled;
    }

    public Map<String, Boolean> uiFlags(String distinctId) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String flag : UI_FLAGS) {
            result.put(flag, isEnabled(flag, distinctId));
        }
        return result;
    }
}
