package com.larkspur.edge.gateway.flags;

import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);
    private static final String ANONYMOUS = "anonymous-gateway-client";

    private final PostHogInterface postHog;
    private final String flagsSecureKey;

    public FlagEvaluationService(
            PostHogInterface postHog,
            @Value("${posthog.feature-flags-secure-key:phs_hpeH9vqjPYuGDy2XXjsU2kVj5kPVprZhwXCaRWCcuFpj9pWh}")
            String flagsSecureKey) {
        this.postHog = postHog;
        this.flagsSecureKey = flagsSecureKey;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        String id = distinctId == null || distinctId.isBlank() ? ANONYMOUS : distinctId;
        boolean enabled = postHog.isFeatureEnabled(id, flagKey, false);
        log.debug("Flag {} for {} evaluated to {}", flagKey, id, enabled);
        return enabled;
    }

    /** Key used for local evaluation of flag definitions. */
    public String flagsApiKey() {
        return flagsSecureKey;
    }
}
