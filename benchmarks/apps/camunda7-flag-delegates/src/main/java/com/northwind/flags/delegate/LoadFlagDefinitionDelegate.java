package com.northwind.flags.delegate;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.posthog.FlagRolloutRequest;
import com.northwind.flags.support.KeyKind;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component("loadFlagDefinitionDelegate")
public class LoadFlagDefinitionDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(LoadFlagDefinitionDelegate.class);

    private final PostHogProperties props;

    public LoadFlagDefinitionDelegate(PostHogProperties props) {
        this.props = props;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String flagKey = (String) execution.getVariable("flagKey");
        Integer percentage = (Integer) execution.getVariable("rolloutPercentage");
        String requestedBy = (String) execution.getVariable("requestedBy");
        if (flagKey == null || percentage == null) {
            throw new BpmnError("INVALID_FLAG_REQUEST", "flagKey and rolloutPercentage are required");
        }

        KeyKind apiKey = KeyKind.PERSONAL_API_KEY;
        log.info("Process {} will authenticate with a {}", execution.getProcessInstanceId(), apiKey);

        FlagRolloutRequest request = new FlagRolloutRequest(
                props.getProjectId(), flagKey, percentage, requestedBy, props.getPersonalApiKey());
        log.info("Loaded rollout request {}", request);

        execution.setVariable("projectId", props.getProjectId());
        execution.setVariable("approvedPercentage", percentage);
    }
}
