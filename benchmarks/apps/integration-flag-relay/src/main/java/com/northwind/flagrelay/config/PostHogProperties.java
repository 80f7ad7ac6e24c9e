package com.northwind.flagrelay.config;

import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code posthog.*} and {@code posthog.relay.*} in application.yml.
 */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Public project key, sent with every captured event. */
    private String projectApiKey;

    /** Personal API key used for local flag evaluation. */
    private String personalApiKey;

    /** Project secret key (feature-flags secure API key). */
    private String secretKey;

    private String host = "https://eu.posthog.com";

    private int pollIntervalSeconds = 30;

    private Relay relay = new Relay();

    @Data
    public static class Relay {
        private String bindingName = "flagChanges-out-0";
        private List<DownstreamTarget> targets = new ArrayList<>();
    }

    @Data
    public static class DownstreamTarget {
        private String name;
        private String url;
        private String authToken;
    }
}
