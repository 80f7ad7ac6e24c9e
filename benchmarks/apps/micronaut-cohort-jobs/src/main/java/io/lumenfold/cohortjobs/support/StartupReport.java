package io.lumenfold.cohortjobs.support;

import io.lumenfold.cohortjobs.config.PostHogProperties;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints what the service will talk to, so a misconfigured pod is obvious from its first lines. */
@Singleton
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final PostHogProperties properties;

    public StartupReport(PostHogProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        LOG.info("PostHog host {} project {} capture key {}", properties.host(), properties.projectId(),
                properties.projectApiKey());
        if (!properties.hasPersonalKey()) {
            LOG.warn("{} is not set; feature flags fall back to remote evaluation", PERSONAL_KEY_PROPERTY);
            return;
        }
        LOG.info("Personal API key present: {}", properties.hasPersonalKey());
        LOG.info("Personal API key {} ({} chars)", KeyMasker.mask(properties.personalApiKey()),
                properties.personalApiKey().length());
        LOG.debug("Effective PostHog settings: {}", properties.redacted());
    }
}
