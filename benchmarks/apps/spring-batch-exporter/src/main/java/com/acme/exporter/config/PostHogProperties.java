package com.acme.exporter.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * posthog.* settings. Personal key is needed for the private events API,
 * project key only for the SDK capture calls.
 */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String projectApiKey;

    private String personalApiKey;

    private String secretKey;

    /** OAuth access token of the "data-platform" service account. */
    private String oauthAccessToken;

    private String projectId;

    private String host = "https://eu.i.posthog.com";

    private String apiHost = "https://eu.posthog.com";
}
