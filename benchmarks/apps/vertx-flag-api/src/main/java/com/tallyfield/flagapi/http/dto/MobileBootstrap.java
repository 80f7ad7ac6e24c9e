package com.tallyfield.flagapi.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * Configuration the iOS/Android apps fetch on launch to initialise their PostHog SDK and to
 * evaluate the bundled flag definitions offline.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MobileBootstrap {

    private final String apiKey;
    private final String apiHost;
    private final String localEvaluationKey;
    private final int flagRefreshSeconds;
    private final Map<String, Object> bootstrapFlags;

    public MobileBootstrap(String apiKey, String apiHost, String localEvaluationKey, int flagRefreshSeconds,
                           Map<String, Object> bootstrapFlags) {
        this.apiKey = apiKey;
        this.apiHost = apiHost;
        this.localEvaluationKey = localEvaluationKey;
        this.flagRefreshSeconds = flagRefreshSeconds;
        this.bootstrapFlags = bootstrapFlags;
    }

    public String getApiKey() {
        return apiKey;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getLocalEvaluationKey() {
        return localEvaluationKey;
    }

    public int getFlagRefreshSeconds() {
        return flagRefreshSeconds;
    }

    public Map<String, Object> getBootstrapFlags() {
        return bootstrapFlags;
    }

    public int getSchemaVersion() {
        return 3;
    }
}
