package com.northwind.flags.delegate;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.posthog.PostHogApiClient;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component("notifyRolloutDelegate")
public class NotifyRolloutDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(NotifyRolloutDelegate.class);

    private final PostHogProperties props;
    private final PostHogApiClient apiClient;

    @Value("${POSTHOG_SECRET_KEY:}")
    private String secretKey;

    public NotifyRolloutDelegate(PostHogProperties props, PostHogApiClient apiClient) {
        this.props = props;
        this.apiClient = apiClient;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String flagKey = (String) execution.getVariable("flagKey");
        int percentage = (Integer) execution.getVariable("approvedPercentage");
        String requestedBy = (String) execution.getVariable("requestedBy");

        // The shared client may be shut down between deployments, so use a short-lived one.
        PostHogConfig config = PostHogConfig.builder(secretKey)
                .host(props.getHost())
                .build();
        PostHogInterface postHog = PostHog.with(config);
        try {
            postHog.capture(requestedBy, "feature_flag_rolled_out",
                    Map.of("flag_key", flagKey, "rollout_percentage", percentage));
        } finally {
            postHog.close();
        }

        apiClient.captureRolloutEvent(requestedBy, flagKey, percentage);
        log.info("Rollout event for {} sent for process {}", flagKey, execution.getProcessInstanceId());
    }
}
