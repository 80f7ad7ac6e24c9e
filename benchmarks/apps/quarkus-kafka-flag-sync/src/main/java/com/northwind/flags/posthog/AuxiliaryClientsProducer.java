package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.config.StagingDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class AuxiliaryClientsProducer {

    private static final Logger LOG = Logger.getLogger(AuxiliaryClientsProducer.class);

    @Inject
    PostHogSettings settings;

    @ConfigProperty(name = "posthog.sandbox.secure-api-key", defaultValue = "phs_ZnMXeru9LqinUnxnqoSGpyE4t7bDLTaUKUcF5wD4Q4wi8ivH")
    String sandboxSecureKey;

    @ConfigProperty(name = "posthog.sandbox.host", defaultValue = "https://eu.i.posthog.com")
    String sandboxHost;

    @Produces
    @Singleton
    @Named("sandbox")
    PostHogInterface sandboxFlags() {
        LOG.infof("Starting sandbox flag client against %s", sandboxHost);
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(sandboxHost)
                .personalApiKey(sandboxSecureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(15)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @Named("capture-only")
    PostHogInterface captureOnly() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .localEvaluation(false)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    @Named("staging")
    PostHogInterface staging() {
        PostHogConfig config = PostHogConfig.builder(StagingDefaults.PERSONAL_KEY)
                .host(StagingDefaults.HOST)
                .personalApiKey(StagingDefaults.PROJECT_KEY)
                .pollIntervalSeconds(StagingDefaults.POLL_INTERVAL_SECONDS)
                .debug(false)
                .build();
        return PostHog.with(config);
    }
}
