package com.northwind.nifi.posthog.processors;

import java.util.Map;

/**
 * One event to capture.
 *
 * @param apiKey which kind of PostHog key the event goes out with (for the metrics dashboard)
 */
public record CaptureRequest(String distinctId, String event, Map<String, Object> properties, ApiKeyType apiKey) {

    public enum ApiKeyType { PROJECT, PERSONAL }
}
