package com.brightquill.portal.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Ingestion host used by the server SDK. */
    private String host = "https://us.i.posthog.com";

    /** Host of the private (management) API. */
    private String privateApiHost = "https://us.posthog.com";

    private long projectId;

    /** Public project token (phc_...), safe to ship to the browser. */
    private String projectApiKey;

    /** Personal API key (phx_...) used for the management API. */
    private String personalApiKey;

    /** Feature-flags secure key (phs_...) used for local evaluation. */
    private String featureFlagsSecureKey;

    private boolean debug;

    private int pollIntervalSeconds = 30;
}
