package com.northwind.enricher.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Map;

public final class FlagSnapshot {

    private final String host;
    private final String evaluationKey;
    private final Map<String, Boolean> flags;
    private final Instant takenAt;

    public FlagSnapshot(String host, String evaluationKey, Map<String, Boolean> flags, Instant takenAt) {
        this.host = host;
        this.evaluationKey = evaluationKey;
        this.flags = flags;
        this.takenAt = takenAt;
    }

    @JsonProperty("host")
    public String getHost() { return host; }

    @JsonProperty("evaluation_key")
    public String getEvaluationKey() { return evaluationKey; }

    @JsonProperty("flags")
    public Map<String, Boolean> getFlags() { return flags; }

    @JsonProperty("taken_at")
    public Instant getTakenAt() { return takenAt; }
}
