package com.acme.flagadmin.posthog;

import com.acme.flagadmin.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.stereotype.Component;

/**
 * Short-lived PostHog clients for one-off jobs (experiment review, cohort sync).
 * Callers must close the returned client.
 */
@Component
public class ExperimentClientFactory {

    private final PostHogProperties posthog;

    public ExperimentClientFactory(PostHogProperties posthog) {
        this.posthog = posthog;
    }

    public PostHogInterface forExperimentReview() {
        PostHogConfig config = PostHogConfig.builder(posthog.projectApiKey())
                .host(posthog.host())
                .build();
        config.setPersonalApiKey(posthog.featureFlagsSecureApiKey());
        if (posthog.verboseSdk()) {
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    public PostHogInterface forCohortSync() {
        PostHogConfig config = PostHogConfig.builder(posthog.projectApiKey())
                .host(posthog.host())
                .personalApiKey(posthog.projectApiKey())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
