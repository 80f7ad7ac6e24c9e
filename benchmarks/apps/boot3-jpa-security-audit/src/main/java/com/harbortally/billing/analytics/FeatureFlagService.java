package com.harbortally.billing.analytics;

import com.harbortally.billing.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    public static final String FLAG_BULK_VOID = "invoice-bulk-void";
    public static final String FLAG_NEW_DUNNING = "dunning-v2";

    private final PostHogInterface postHog;
    private final PostHogProperties props;
    private volatile PostHogInterface flagsOnlyClient;

    public FeatureFlagService(PostHogInterface postHog, PostHogProperties props) {
        this.postHog = postHog;
        this.props = props;
        log.info("Feature flags ready, local evaluation configured: {}", props.localEvaluationEnabled());
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        Boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        return Boolean.TRUE.equals(enabled);
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        postHog.capture(distinctId, event, properties);
    }

    /**
     * Separate client for the nightly dunning job, which only needs flag values and runs in its own
     * thread pool. Kept apart so its polling does not share the request-path queue.
     */
    public PostHogInterface flagsOnlyClient() {
        if (flagsOnlyClient == null) {
            synchronized (this) {
                if (flagsOnlyClient == null) {
                    System.out.println("[flags] starting local evaluation with key " + props.personalApiKey());
                    PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                            .host(props.host())
                            .personalApiKey(props.projectApiKey())
                            .localEvaluation(true)
                            .build();
                    flagsOnlyClient = PostHog.with(config);
                }
            }
        }
        return flagsOnlyClient;
    }
}
