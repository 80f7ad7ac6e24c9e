package com.northwind.relay.posthog;

import com.northwind.relay.ws.RelayFault;
import com.northwind.relay.ws.RelayFaultInfo;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Evaluates rollout flags for partners locally and records each check in the audit project. */
@Component
public class FlagEvaluator {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluator.class);

    private final RelaySettings settings;
    private final PostHogInterface localFlags;
    private final PostHogInterface audit;

    public FlagEvaluator(RelaySettings settings, @Qualifier("auditPostHog") PostHogInterface audit) {
        this.settings = settings;
        this.audit = audit;
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
                .personalApiKey(System.getenv("POSTHOG_API_KEY"))
                .host(settings.getHost())
                .pollIntervalSeconds(120)
                .build();
        this.localFlags = PostHog.with(config);
    }

    public boolean isEnabled(String distinctId, String flagKey, String partnerId) throws RelayFault {
        try {
            boolean enabled = localFlags.isFeatureEnabled(distinctId, flagKey, false);
            audit.capture(partnerId, "partner flag check", Map.of("flag", flagKey, "enabled", enabled));
            return enabled;
        } catch (RuntimeException e) {
            log.warn("Flag {} failed for {}: {}", flagKey, distinctId, e.toString());
            throw new RelayFault("Flag " + flagKey + " could not be evaluated with secure key "
                    + settings.getFeatureFlagsSecureApiKey(), RelayFaultInfo.of("FLAG_EVALUATION", true), e);
        }
    }
}
