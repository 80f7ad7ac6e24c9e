package com.northwind.flags.model;

import java.util.Objects;

/**
 * Settings of one PostHog integration as stored in the integrations table.
 */
public final class IntegrationSettings {

    private final String name;
    private final String posthogHost;
    private final String secureApiKey;
    private final String oauthAccessToken;
    private final int syncIntervalMinutes;

    public IntegrationSettings(String name, String posthogHost, String secureApiKey,
                               String oauthAccessToken, int syncIntervalMinutes) {
        this.name = Objects.requireNonNull(name);
        this.posthogHost = posthogHost;
        this.secureApiKey = secureApiKey;
        this.oauthAccessToken = oauthAccessToken;
        this.syncIntervalMinutes = syncIntervalMinutes;
    }

    public String name() {
        return name;
    }

    public String posthogHost() {
        return posthogHost;
    }

    public String secureApiKey() {
        return secureApiKey;
    }

    public String oauthAccessToken() {
        return oauthAccessToken;
    }

    public int syncIntervalMinutes() {
        return syncIntervalMinutes;
    }

    @Override
    public String toString() {
        return "IntegrationSettings{name=" + name
                + ", host=" + posthogHost
                + ", secureApiKey=" + secureApiKey
                + ", oauthAccessToken=" + (oauthAccessToken == null ? "none" : "set")
                + ", syncIntervalMinutes=" + syncIntervalMinutes + '}';
    }
}
