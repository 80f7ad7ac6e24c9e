package com.acme.keycloak.posthog;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * Per-request provider of {@link FlagsResource}.
 */
public class FlagsResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final ListenerSettings settings;
    private final PostHogForwarder forwarder;

    FlagsResourceProvider(KeycloakSession session, ListenerSettings settings, PostHogForwarder forwarder) {
        this.session = session;
        this.settings = settings;
        this.forwarder = forwarder;
    }

    @Override
    public Object getResource() {
        return new FlagsResource(session, settings, forwarder);
    }

    @Override
    public void close() {
    }
}
