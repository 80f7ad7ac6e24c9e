package com.northwind.cohorts.posthog;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northwind.cohorts.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-side flag evaluation; the browser only ever sees the evaluated flag values.
 */
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogInterface flags;
    private final PostHogSettings settings;

    @Inject
    public FeatureFlagService(@Named("flags") PostHogInterface flags, PostHogSettings settings) {
        this.flags = flags;
        this.settings = settings;
        log.atDebug().addKeyValue("personalApiKey", settings.getPersonalApiKey()).log("feature flag client ready");
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return flags.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Map<String, Object> evaluateFor(String distinctId) {
        return Map.of(
                "cohort-export", isEnabled(distinctId, "cohort-export"),
                "cohort-size-estimates", isEnabled(distinctId, "cohort-size-estimates"),
                "pollIntervalSeconds", settings.getPollIntervalSeconds());
    }

    public void shutdown() {
        flags.close();
    }
}
