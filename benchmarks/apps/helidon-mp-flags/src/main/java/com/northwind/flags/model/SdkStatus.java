package com.northwind.flags.model;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * Health of the PostHog SDK, served to the status page.
 */
public class SdkStatus {

    private String host;
    private boolean localEvaluation;
    private int pollIntervalSeconds;

    /** Kept for the connectivity probe; never serialized. */
    @JsonbTransient
    private String personalApiKey;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }

    public void setLocalEvaluation(boolean localEvaluation) {
        this.localEvaluation = localEvaluation;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @JsonbTransient
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public boolean isPersonalKeyConfigured() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
