package com.acme.flaginfra.functions.model;

import java.util.List;
import java.util.Map;

/** A batch of events the front ends post to {@code /ingest}. */
public record IngestBatch(String source, List<IngestEvent> events) {

    public record IngestEvent(String distinctId, String event, Map<String, Object> properties) {
    }
}
