package io.acme.phconnect.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Single holder for every PostHog setting the connector needs.
 */
@Component
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String KEY_HEADER = "X-PostHog-Key";

    private static final String BUILT_IN_LOCAL_EVAL_KEY = BuildDefaults.LOCAL_EVAL_KEY_PREFIX + BuildDefaults.LOCAL_EVAL_KEY_BODY;

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureApiKey;

    public PostHogSettings(@Value("${posthog.host}") String host,
                           @Value("${posthog.api-key}") String projectApiKey,
                           @Value("${posthog.personal-api-key:}") String personalApiKey,
                           @Value("${posthog.feature-flags-secure-api-key}") String featureFlagsSecureApiKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public boolean hasExplicitPersonalKey() {
        return StringUtils.hasText(personalApiKey);
    }

    public String getPersonalApiKey() {
        return hasExplicitPersonalKey() ? personalApiKey : BUILT_IN_LOCAL_EVAL_KEY;
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }
}
