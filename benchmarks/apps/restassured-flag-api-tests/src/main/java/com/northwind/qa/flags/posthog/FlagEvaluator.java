package com.northwind.qa.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates flags with the PostHog server SDK so that tests can compare the SDK's answer
 * with what our flag service returns for the same distinct id.
 */
public class FlagEvaluator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluator.class);

    public enum ApiKeyScope { PROJECT, PERSONAL, FLAGS_SECURE }

    private final PostHogInterface postHog;
    private final ApiKeyScope apiKeyScope;

    public FlagEvaluator(PostHogCredentials credentials) {
        log.info("Creating PostHog flag evaluator with {}", credentials);
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                .host(credentials.host())
                .personalApiKey(credentials.personalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        this.postHog = PostHog.with(config);
        this.apiKeyScope = credentials.canEvaluateLocally() ? ApiKeyScope.PERSONAL : ApiKeyScope.PROJECT;
        log.info("PostHog flag evaluator ready (apiKey scope {})", apiKeyScope);
    }

    public boolean isEnabled(String distinctId, String flagKey, long sessionId) {
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey);
        log.debug("Flag {} for {} in session {} -> {}", flagKey, distinctId, sessionId, enabled);
        return enabled;
    }

    @Override
    public void close() {
        postHog.close();
    }
}
