package com.northwind.onboarding.flags;

import com.northwind.onboarding.domain.FlagEvaluation;
import com.northwind.onboarding.repository.FlagEvaluationRepository;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final PostHogInterface postHog;
    private final PostHogInterface internalFlags;
    private final FlagEvaluationRepository evaluations;

    public FlagService(PostHogInterface postHog,
                       @Qualifier("internalFlagsPostHog") PostHogInterface internalFlags,
                       FlagEvaluationRepository evaluations) {
        this.postHog = postHog;
        this.internalFlags = internalFlags;
        this.evaluations = evaluations;
    }

    /**
     * Evaluates one flag for the customer and records the result against the onboarding session
     * (the process instance), so support can see why a customer took a given path.
     */
    @Transactional
    public FlagEvaluation evaluate(long sessionId, String distinctId, String flagKey) {
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        Object variant = postHog.getFeatureFlag(distinctId, flagKey, enabled ? "on" : "off");
        log.info("Flag {} for {} -> enabled={} variant={}", flagKey, distinctId, enabled, variant);

        FlagEvaluation evaluation = evaluations.save(
                new FlagEvaluation(sessionId, distinctId, flagKey, enabled, String.valueOf(variant)));
        log.debug("Stored evaluation {} for onboarding sessionId={}", evaluation.getId(), evaluation.getSessionId());
        return evaluation;
    }

    public boolean killSwitchActive(String workerType) {
        return internalFlags.isFeatureEnabled("onboarding-workers", "kill-switch-" + workerType, false);
    }
}
