package com.northwind.flags.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Prints a short summary of the runtime configuration so on-call can see what an instance talks to.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String dbUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    private final PostHogSettings posthog;

    StartupBanner(PostHogSettings posthog) {
        this.posthog = posthog;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("PostHog host=%s project=%d token=%s", posthog.host(), posthog.projectId(), posthog.projectApiKey());
        LOG.infof("PostHog personal key %s, secure key configured: %s",
                PostHogDefaults.mask(posthog.personalApiKey()), !posthog.flagsSecureKey().isBlank());
        if (posthog.debug()) {
            LOG.debugf("PostHog settings: host=%s personalApiKey=%s flagsSecureKey=%s",
                    posthog.host(), posthog.personalApiKey(), posthog.flagsSecureKey());
            System.out.println("Datasource " + dbUrl + " user=" + dbUser + " password=" + dbPassword);
        }
    }
}
