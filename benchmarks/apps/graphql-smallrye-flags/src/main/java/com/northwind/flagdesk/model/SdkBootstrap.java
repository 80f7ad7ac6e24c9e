package com.northwind.flagdesk.model;

import com.northwind.flagdesk.config.PostHogSettings;
import org.eclipse.microprofile.graphql.Type;

@Type("SdkBootstrap")
public class SdkBootstrap {

    private final String projectApiKey;
    private final String apiHost;
    private final String flagsSecureKey;
    private final int pollIntervalSeconds;

    private SdkBootstrap(String projectApiKey, String apiHost, String flagsSecureKey, int pollIntervalSeconds) {
        this.projectApiKey = projectApiKey;
        this.apiHost = apiHost;
        this.flagsSecureKey = flagsSecureKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static SdkBootstrap from(PostHogSettings settings) {
        return new SdkBootstrap(
                settings.apiKey(),
                settings.host(),
                settings.featureFlagsSecureApiKey().orElse(null),
                settings.pollIntervalSeconds());
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }
}
