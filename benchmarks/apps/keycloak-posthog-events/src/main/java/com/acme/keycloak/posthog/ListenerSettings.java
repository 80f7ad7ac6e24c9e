package com.acme.keycloak.posthog;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.Config;
import org.keycloak.events.EventType;

/**
 * Options of the PostHog event listener, from {@code spi-events-listener-posthog-*}.
 */
record ListenerSettings(
        String host,
        String projectApiKey,
        String personalApiKey,
        boolean debug,
        Set<EventType> includedEvents,
        String loginCohortId) {

    static ListenerSettings fromScope(Config.Scope scope) {
        String[] events = scope.getArray(KeyDefaults.OPT_INCLUDED_EVENTS);
        Set<EventType> included = events == null
                ? Set.of(EventType.LOGIN, EventType.LOGIN_ERROR, EventType.REGISTER)
                : Arrays.stream(events).map(String::trim).map(EventType::valueOf).collect(Collectors.toUnmodifiableSet());
        return new ListenerSettings(
                scope.get(KeyDefaults.OPT_HOST, KeyDefaults.DEFAULT_HOST),
                scope.get(KeyDefaults.OPT_PROJECT_API_KEY),
                scope.get(KeyDefaults.OPT_PERSONAL_API_KEY),
                scope.getBoolean(KeyDefaults.OPT_DEBUG, false),
                included,
                scope.get(KeyDefaults.OPT_COHORT_ID));
    }

    boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
