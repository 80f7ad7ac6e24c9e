package com.northwind.flagsync.service;

import com.northwind.flagsync.client.PostHogFlagsClient;
import com.northwind.flagsync.client.PostHogFlagsClient.FlagsRequest;
import com.northwind.flagsync.client.PostHogFlagsClient.FlagsResponse;
import com.northwind.flagsync.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Singleton
public class FlagEvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogFlagsClient flagsClient;
    private final PostHogInterface posthog;
    private final PostHogProperties props;

    public FlagEvaluationService(PostHogFlagsClient flagsClient, PostHogInterface posthog, PostHogProperties props) {
        this.flagsClient = flagsClient;
        this.posthog = posthog;
        this.props = props;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Map<String, Object> evaluateAll(String distinctId, Map<String, Object> personProperties) {
        FlagsResponse response = flagsClient.evaluate("2", new FlagsRequest(props.getApiKey(), distinctId, personProperties));
        if (response.errorsWhileComputingFlags() && props.hasLocalEvaluationKey()) {
            // the secure key can read cohorts, so PostHog computes the flags it skipped above
            LOG.warn("PostHog could not compute every flag for {}; retrying with the secure key", distinctId);
            response = flagsClient.evaluate("2", new FlagsRequest(props.getSecureApiKey(), distinctId, personProperties));
        }
        return response.featureFlags();
    }
}
