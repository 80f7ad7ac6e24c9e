package com.tidewater.invoices.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of GET /status.
 */
public class ServiceStatus {

    @JsonProperty("stage")
    private final String stage;

    @JsonProperty("analyticsEnabled")
    private final boolean analyticsEnabled;

    @JsonIgnore
    private final String personalApiKey;

    public ServiceStatus(String stage, boolean analyticsEnabled, String personalApiKey) {
        this.stage = stage;
        this.analyticsEnabled = analyticsEnabled;
        this.personalApiKey = personalApiKey;
    }

    public String getStage() {
        return stage;
    }

    public boolean isAnalyticsEnabled() {
        return analyticsEnabled;
    }

    @JsonIgnore
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    @JsonProperty("flagsLocallyEvaluated")
    public boolean isFlagsLocallyEvaluated() {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }
}
