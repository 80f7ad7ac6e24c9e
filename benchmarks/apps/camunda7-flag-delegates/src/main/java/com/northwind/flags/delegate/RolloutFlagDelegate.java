package com.northwind.flags.delegate;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.posthog.FlagApiException;
import com.northwind.flags.posthog.FlagRolloutRequest;
import com.northwind.flags.posthog.FlagRolloutResult;
import com.northwind.flags.posthog.PostHogApiClient;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component("rolloutFlagDelegate")
public class RolloutFlagDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RolloutFlagDelegate.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    public RolloutFlagDelegate(PostHogApiClient apiClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.props = props;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String flagKey = (String) execution.getVariable("flagKey");
        int percentage = (Integer) execution.getVariable("approvedPercentage");
        String requestedBy = (String) execution.getVariable("requestedBy");

        FlagRolloutRequest request = new FlagRolloutRequest(
                props.getProjectId(), flagKey, percentage, requestedBy, props.getPersonalApiKey());
        try {
            FlagRolloutResult result = apiClient.patchRollout(request);
            execution.setVariable("flagActive", result.active());
            log.info("Flag {} now at {}% (active={})", result.flagKey(), result.rolloutPercentage(), result.active());
        } catch (FlagApiException e) {
            log.error("Rollout of {} failed: {}", flagKey, e.getMessage());
            throw new BpmnError("FLAG_API_ERROR", "PostHog returned HTTP " + e.getStatus());
        }
    }
}
