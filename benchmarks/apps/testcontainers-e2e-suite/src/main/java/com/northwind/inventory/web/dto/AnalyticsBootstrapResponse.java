package com.northwind.inventory.web.dto;

import com.northwind.inventory.config.PostHogProperties;
import java.util.Map;

public class AnalyticsBootstrapResponse {

    private final String distinctId;
    private final String host;
    private final String flagsSecureKey;
    private final Map<String, Boolean> featureFlags;

    public AnalyticsBootstrapResponse(String distinctId, String host, String flagsSecureKey,
                                      Map<String, Boolean> featureFlags) {
        this.distinctId = distinctId;
        this.host = host;
        this.flagsSecureKey = flagsSecureKey;
        this.featureFlags = featureFlags;
    }

    public static AnalyticsBootstrapResponse from(String distinctId, PostHogProperties props,
                                                  Map<String, Boolean> flags) {
        return new AnalyticsBootstrapResponse(distinctId, props.getHost(), props.getSecureKey(), flags);
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getHost() {
        return host;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public Map<String, Boolean> getFeatureFlags() {
        return featureFlags;
    }

    @Override
    public String toString() {
        return "AnalyticsBootstrapResponse{distinctId=" + distinctId
                + ", host=" + host
                + ", flagsSecureKey=" + flagsSecureKey
                + ", featureFlags=" + featureFlags + "}";
    }
}
