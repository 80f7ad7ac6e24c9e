package com.acme.clickstream;

import java.util.Map;

/**
 * One click event as produced by the web tier.
 */
public record ClickEvent(String distinctId, String event, long timestamp, Map<String, Object> properties) {
}
