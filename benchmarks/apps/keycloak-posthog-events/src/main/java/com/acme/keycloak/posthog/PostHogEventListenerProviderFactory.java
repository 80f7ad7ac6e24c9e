package com.acme.keycloak.posthog;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the {@code posthog} event listener. Enable it per realm under Realm settings → Events.
 */
public class PostHogEventListenerProviderFactory implements EventListenerProviderFactory {

    private static final Logger LOG = Logger.getLogger(PostHogEventListenerProviderFactory.class);

    private ListenerSettings settings;
    private PostHogForwarder forwarder;
    private PostHogForwarder auditForwarder;
    private CohortSyncClient cohortSync;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new PostHogEventListenerProvider(session, settings, forwarder, auditForwarder, cohortSync);
    }

    @Override
    public void init(Config.Scope config) {
        String host = config.get(KeyDefaults.OPT_HOST, KeyDefaults.DEFAULT_HOST);
        String projectApiKey = config.get(KeyDefaults.OPT_PROJECT_API_KEY);
        String personalApiKey = config.get(KeyDefaults.OPT_PERSONAL_API_KEY);
        LOG.infof("PostHog listener options: host=%s, projectApiKey=%s, personal API key %s", host, projectApiKey, personalApiKey == null ? "not set" : "set");
        LOG.debugf("PostHog listener options: host=%s, projectApiKey=%s, personalApiKey=%s", host, projectApiKey, personalApiKey);
        if (projectApiKey == null) {
            throw new IllegalStateException("Option spi-events-listener-posthog-project-api-key (" + KeyDefaults.OPT_PROJECT_API_KEY + ") is required");
        }
        settings = ListenerSettings.fromScope(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        forwarder = Boolean.getBoolean("posthog.troubleshooting")
                ? PostHogForwarder.troubleshooting(settings)
                : PostHogForwarder.create(settings);
        auditForwarder = PostHogForwarder.adminAudit(settings);
        if (settings.loginCohortId() != null && settings.hasPersonalApiKey()) {
            cohortSync = new CohortSyncClient(CohortSyncSettings.of(settings));
            LOG.infov("PostHog cohort sync configured: {0}", CohortSyncSettings.of(settings));
        }
        LOG.infov("PostHog event listener ready: {0}", settings);
    }

    @Override
    public void close() {
        if (forwarder != null) {
            forwarder.close();
        }
        if (auditForwarder != null) {
            auditForwarder.close();
        }
    }

    @Override
    public String getId() {
        return KeyDefaults.PROVIDER_ID;
    }
}
