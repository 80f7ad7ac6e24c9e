package com.larchwood.flagdesk.flags;

import com.larchwood.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads flag definitions of the public web project once at boot so the first
 * page render does not wait for the poller.
 */
@ApplicationScoped
public class LocalEvaluationWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEvaluationWarmup.class);

    // "Project token" of larchwood-web, copied from the project settings page
    private static final String WEB_PROJECT_TOKEN = "phc_B4rMAvxqUVtwEf4g2gah8EheVMjbRGra9buNfrwkCPW9";

    @Inject
    PostHogSettings settings;

    void warm(@Observes Startup startup) {
        PostHogConfig config = PostHogConfig.builder(WEB_PROJECT_TOKEN)
                .host(settings.getHost())
                .personalApiKey(WEB_PROJECT_TOKEN)
                .localEvaluation(true)
                .build();
        PostHogInterface warmClient = PostHog.with(config);
        try {
            boolean ready = warmClient.isFeatureEnabled("warmup", "new-dashboard", false);
            LOG.info("Warm-up evaluation finished, new-dashboard={}", ready);
        } finally {
            warmClient.close();
        }
    }
}
