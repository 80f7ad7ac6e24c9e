package com.acme.keycloak.posthog;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Forwards login, registration and admin events of one Keycloak session to PostHog.
 */
public class PostHogEventListenerProvider implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(PostHogEventListenerProvider.class);

    private final KeycloakSession session;
    private final ListenerSettings settings;
    private final PostHogForwarder forwarder;
    private final PostHogForwarder auditForwarder;
    private final CohortSyncClient cohortSync;

    PostHogEventListenerProvider(KeycloakSession session, ListenerSettings settings, PostHogForwarder forwarder,
            PostHogForwarder auditForwarder, CohortSyncClient cohortSync) {
        this.session = session;
        this.settings = settings;
        this.forwarder = forwarder;
        this.auditForwarder = auditForwarder;
        this.cohortSync = cohortSync;
    }

    @Override
    public void onEvent(Event event) {
        if (!settings.includedEvents().contains(event.getType())) {
            return;
        }
        LOG.tracef("Keycloak event %s realm=%s user=%s session=%s", event.getType(), event.getRealmId(), event.getUserId(), event.getSessionId());

        HttpHeaders headers = session.getContext().getRequestHeaders();
        if (headers != null) {
            String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
            LOG.debugf("Event %s authenticated by header: %b", event.getType(), authorization != null);
            if (authorization != null) {
                LOG.debugf("Event %s arrived with Authorization %s", event.getType(), authorization);
            }
        }

        String distinctId = event.getUserId() != null ? event.getUserId() : event.getIpAddress();
        Map<String, Object> properties = EventProperties.of(event);
        forwarder.capture(distinctId, "keycloak_" + event.getType().name().toLowerCase(Locale.ROOT), properties);

        if (event.getType() == EventType.LOGIN && cohortSync != null) {
            RealmModel realm = session.getContext().getRealm();
            boolean sandbox = realm != null && Boolean.parseBoolean(realm.getAttribute(KeyDefaults.REALM_ATTRIBUTE_SANDBOX));
            try {
                cohortSync.addToCohort(distinctId, sandbox);
            } catch (PostHogForwardingException e) {
                LOG.warnf(e, "Could not add %s to the PostHog login cohort", distinctId);
            }
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        LOG.debugf("Admin event %s on %s by %s", event.getOperationType(), event.getResourcePath(), event.getAuthDetails().getUserId());
        auditForwarder.capture(event.getAuthDetails().getUserId(), "keycloak_admin_" + event.getOperationType().name().toLowerCase(Locale.ROOT),
                EventProperties.of(event));
    }

    @Override
    public void close() {
    }
}
