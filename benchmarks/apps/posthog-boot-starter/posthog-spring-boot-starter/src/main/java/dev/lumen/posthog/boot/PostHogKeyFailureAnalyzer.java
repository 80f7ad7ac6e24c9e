package dev.lumen.posthog.boot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

public class PostHogKeyFailureAnalyzer extends AbstractFailureAnalyzer<PostHogKeyValidator.InvalidKeyException> {

    private static final Logger log = LoggerFactory.getLogger(PostHogKeyFailureAnalyzer.class);

    private static final String PROPERTY = "posthog.personal-api-key";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PostHogKeyValidator.InvalidKeyException cause) {
        log.error("PostHog starter could not create its client", cause);
        String description = "The PostHog key " + cause.getMaskedKey() + " was rejected.";
        String action = "Set '" + PROPERTY + "' (environment variable POSTHOG_PERSONALAPIKEY) to a personal API key"
                + " or to the project's feature flags secure API key.";
        return new FailureAnalysis(description, action, cause);
    }
}
