package com.northwind.enricher.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public final class EnrichedEvent {

    @JsonProperty("event_id")
    private final String eventId;
    @JsonProperty("distinct_id")
    private final String distinctId;
    @JsonProperty("path")
    private final String path;
    @JsonProperty("country")
    private final String country;
    @JsonProperty("campaign")
    private final String campaign;
    @JsonProperty("authenticated")
    private final boolean authenticated;
    @JsonProperty("enriched_at")
    private final Instant enrichedAt;

    public EnrichedEvent(String eventId, String distinctId, String path, String country,
                         String campaign, boolean authenticated, Instant enrichedAt) {
        this.eventId = eventId;
        this.distinctId = distinctId;
        this.path = path;
        this.country = country;
        this.campaign = campaign;
        this.authenticated = authenticated;
        this.enrichedAt = enrichedAt;
    }

    public String getEventId() { return eventId; }
    public String getDistinctId() { return distinctId; }
    public String getPath() { return path; }
    public String getCountry() { return country; }
    public String getCampaign() { return campaign; }
    public boolean isAuthenticated() { return authenticated; }
    public Instant getEnrichedAt() { return enrichedAt; }
}
