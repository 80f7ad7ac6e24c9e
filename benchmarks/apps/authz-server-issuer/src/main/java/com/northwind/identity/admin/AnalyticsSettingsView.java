package com.northwind.identity.admin;

import com.northwind.identity.config.PostHogProperties;
import org.springframework.util.StringUtils;

/**
 * What the admin console shows on its "Analytics" settings tab.
 */
public record AnalyticsSettingsView(
        String host,
        String projectApiKey,
        String personalApiKeyHint,
        String featureFlagsSecureApiKey,
        boolean localEvaluation,
        boolean lastPollSucceeded) {

    public static AnalyticsSettingsView from(PostHogProperties props, boolean lastPollSucceeded) {
        return new AnalyticsSettingsView(
                props.getHost(),
                props.getProjectApiKey(),
                props.maskedPersonalKey(),
                props.getFeatureFlagsSecureApiKey(),
                StringUtils.hasText(props.getPersonalApiKey()),
                lastPollSucceeded);
    }
}
