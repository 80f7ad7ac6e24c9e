package com.acme.keycloak.posthog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.keycloak.events.Event;
import org.keycloak.events.admin.AdminEvent;

/**
 * Maps Keycloak events to PostHog event properties.
 */
final class EventProperties {

    private static final Set<String> SKIPPED_DETAILS = Set.of("code_id", "token_id", "refresh_token_id", "updated_refresh_token_id");

    private EventProperties() {
    }

    static Map<String, Object> of(Event event) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("realm", event.getRealmId());
        properties.put("client_id", event.getClientId());
        properties.put("$ip", event.getIpAddress());
        properties.put("has_session", event.getSessionId() != null);
        if (event.getError() != null) {
            properties.put("error", event.getError());
        }
        if (event.getDetails() != null) {
            event.getDetails().forEach((name, value) -> {
                if (!SKIPPED_DETAILS.contains(name)) {
                    properties.put("detail_" + name, value);
                }
            });
        }
        return properties;
    }

    static Map<String, Object> of(AdminEvent event) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("realm", event.getRealmId());
        properties.put("operation", event.getOperationType().name());
        properties.put("resource_type", event.getResourceTypeAsString());
        properties.put("resource_path", event.getResourcePath());
        return properties;
    }
}
