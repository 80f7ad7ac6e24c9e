package com.northwind.flaggate.events;

import java.time.Instant;

/**
 * Published after an override is written. The caller's access token travels with the event so
 * the audit forwarder can call the IdP token-introspection endpoint for the full actor profile.
 */
public record FlagOverrideChangedEvent(
        String flagKey,
        String distinctId,
        String variant,
        String actor,
        String actorAccessToken,
        Instant changedAt) {
}
