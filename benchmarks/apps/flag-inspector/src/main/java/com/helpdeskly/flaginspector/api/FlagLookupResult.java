package com.helpdeskly.flaginspector.api;

import java.time.Instant;
import java.util.Map;

/** Which flags a customer gets, with PostHog's evaluation reason for each. */
public record FlagLookupResult(String distinctId, Map<String, Object> flags, Instant fetchedAt, String requestId) {
}
