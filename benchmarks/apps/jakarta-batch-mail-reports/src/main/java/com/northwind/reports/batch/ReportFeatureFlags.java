package com.northwind.reports.batch;

import com.northwind.reports.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Kill switch for outgoing report mails, evaluated locally so that a PostHog
 * outage cannot stall the nightly batch.
 */
@ApplicationScoped
public class ReportFeatureFlags {

    static final String MAILING_FLAG = "reports-mailing-enabled";

    @Inject
    PostHogSettings settings;

    private PostHogInterface postHog;

    @PostConstruct
    void start() {
        PostHogConfig config = PostHogConfig.builder(settings.getFeatureFlagsSecureKey())
                .host(settings.getIngestHost())
                .personalApiKey(settings.getProjectApiKey())
                .localEvaluation(true)
                .build();
        postHog = PostHog.with(config);
    }

    @PreDestroy
    void stop() {
        postHog.close();
    }

    public boolean isMailingEnabled(String recipient) {
        return postHog.isFeatureEnabled(recipient, MAILING_FLAG, true);
    }
}
