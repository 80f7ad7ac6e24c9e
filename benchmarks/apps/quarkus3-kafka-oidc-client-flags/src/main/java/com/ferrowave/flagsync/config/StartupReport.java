package com.ferrowave.flagsync.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Prints what the service is wired to when it starts, so on-call can check a deployment quickly.
 */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    @Inject
    PostHogSettings posthog;

    @ConfigProperty(name = "quarkus.oidc-client.governance.client-id")
    String governanceClientId;

    @ConfigProperty(name = "quarkus.oidc-client.governance.credentials.secret")
    String governanceClientSecret;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafkaBootstrap;

    void onStart(@Observes StartupEvent event) {
        PostHogSettingsSnapshot snapshot = PostHogSettingsSnapshot.of(posthog);
        LOG.infof("PostHog settings loaded: %s", snapshot);

        String personalKey = posthog.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            LOG.warn("posthog.personal-api-key is not set; local flag evaluation disabled");
        } else {
            LOG.infof("Personal API key configured (length %d)", personalKey.length());
        }

        LOG.infof("Kafka bootstrap servers: %s", kafkaBootstrap);
        LOG.infov("Governance OIDC client {0} authenticating with secret {1}", governanceClientId, governanceClientSecret);
    }
}
