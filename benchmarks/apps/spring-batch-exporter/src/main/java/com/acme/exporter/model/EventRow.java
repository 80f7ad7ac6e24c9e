package com.acme.exporter.model;

/**
 * Flattened CSV row.
 */
public record EventRow(String id,
                       String event,
                       String distinctId,
                       String timestamp,
                       String currentUrl,
                       String firstPathSegment) {
}
