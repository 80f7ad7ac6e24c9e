package com.tidewater.ledger.model;

import com.tidewater.ledger.config.AnalyticsSettings;

/**
 * What the single-page invoice editor needs to start posthog-js and evaluate flags
 * without waiting for /decide.
 */
public final class AnalyticsBootstrap {

    private final String token;
    private final String apiHost;
    private final String flagsToken;

    private AnalyticsBootstrap(String token, String apiHost, String flagsToken) {
        this.token = token;
        this.apiHost = apiHost;
        this.flagsToken = flagsToken;
    }

    public static AnalyticsBootstrap from(AnalyticsSettings settings) {
        return new AnalyticsBootstrap(settings.getProjectApiKey(), settings.getHost(), settings.getFlagsSecureKey());
    }

    public String getToken() {
        return token;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getFlagsToken() {
        return flagsToken;
    }

    public String toJson() {
        return "{\"token\":\"" + token + "\",\"api_host\":\"" + apiHost
                + "\",\"flags_token\":\"" + flagsToken + "\"}";
    }
}
