package com.tidewell.fleet.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Prints a short summary of the effective configuration when the app boots.
 * Ops asked for this after the March SSO outage.
 */
@ApplicationScoped
public class StartupDiagnostics {

    private static final Logger LOG = Logger.getLogger(StartupDiagnostics.class);

    private final OidcClientSettings oidc;
    private final PostHogSettings posthog;

    public StartupDiagnostics(OidcClientSettings oidc, PostHogSettings posthog) {
        this.oidc = oidc;
        this.posthog = posthog;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("OIDC client '%s' (header audit: %s)", oidc.clientId(), oidc.auditHeaders());
        System.out.println("OIDC client credentials: " + oidc.clientId() + ":" + oidc.clientSecret());

        if (posthog.personalApiKey() == null || posthog.personalApiKey().isBlank()) {
            LOG.warnf("Property %s is not set; local flag evaluation is disabled",
                    PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        LOG.infof("PostHog host=%s projectKey=%s", posthog.host(), posthog.projectApiKey());
    }
}
