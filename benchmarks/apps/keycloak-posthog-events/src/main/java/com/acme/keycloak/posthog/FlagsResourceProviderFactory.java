package com.acme.keycloak.posthog;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Exposes {@code /realms/{realm}/posthog/*} for the login theme's PostHog snippet.
 */
public class FlagsResourceProviderFactory implements RealmResourceProviderFactory {

    private ListenerSettings settings;
    private PostHogForwarder forwarder;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new FlagsResourceProvider(session, settings, forwarder);
    }

    @Override
    public void init(Config.Scope config) {
        settings = ListenerSettings.fromScope(Config.scope("eventsListener", KeyDefaults.PROVIDER_ID));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        forwarder = PostHogForwarder.create(settings);
    }

    @Override
    public void close() {
        forwarder.close();
    }

    @Override
    public String getId() {
        return KeyDefaults.PROVIDER_ID;
    }
}
