package com.northwind.onboarding.worker;

import com.northwind.onboarding.config.FlagKeys;
import com.northwind.onboarding.flags.FlagService;
import com.northwind.onboarding.flags.PostHogHttpClient;
import com.northwind.onboarding.flags.RolloutExpression;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Component
public class FeatureFlagWorker {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagWorker.class);
    private static final String TYPE = "evaluate-onboarding-flags";

    private final FlagService flagService;
    private final PostHogHttpClient postHogHttpClient;

    public FeatureFlagWorker(FlagService flagService, PostHogHttpClient postHogHttpClient) {
        this.flagService = flagService;
        this.postHogHttpClient = postHogHttpClient;
    }

    @JobWorker(type = TYPE, fetchVariables = {"email", "country", "plan"})
    public Map<String, Object> evaluateFlags(final ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String email = (String) variables.get("email");
        long sessionId = job.getProcessInstanceKey();

        Map<String, Object> result = new HashMap<>();
        if (flagService.killSwitchActive(TYPE)) {
            log.warn("Kill switch for {} is on, routing instance {} to manual setup", TYPE, sessionId);
            result.put("autoProvision", false);
            result.put("kycFastTrack", false);
            return result;
        }

        boolean fastTrack = flagService.evaluate(sessionId, email, FlagKeys.KYC_FAST_TRACK).isEnabled();
        boolean autoProvision = flagService.evaluate(sessionId, email, FlagKeys.PARTNER_AUTO_PROVISIONING).isEnabled();

        String guard = job.getCustomHeaders().get("rolloutGuard");
        if (autoProvision && guard != null && !RolloutExpression.parse(guard).matches(variables)) {
            log.info("Instance {} is outside the rollout guard '{}', auto provisioning skipped", sessionId, guard);
            autoProvision = false;
        }

        result.put("kycFastTrack", fastTrack);
        result.put("autoProvision", autoProvision);
        postHogHttpClient.captureBatch(exposureEvents(email, fastTrack, autoProvision));
        return result;
    }

    private static List<Map<String, Object>> exposureEvents(String email, boolean fastTrack, boolean autoProvision) {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(exposure(email, FlagKeys.KYC_FAST_TRACK, fastTrack));
        events.add(exposure(email, FlagKeys.PARTNER_AUTO_PROVISIONING, autoProvision));
        return events;
    }

    private static Map<String, Object> exposure(String distinctId, String flag, boolean value) {
        return Map.of(
                "event", "$feature_flag_called",
                "distinct_id", distinctId,
                "properties", Map.of("$feature_flag", flag, "$feature_flag_response", value));
    }
}
