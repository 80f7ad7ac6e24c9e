package com.northwind.flagadmin.config;

import lombok.Data;
import lombok.ToString;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code posthog.*}. Bound once at start-up and injected wherever the
 * application talks to PostHog.
 */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Public project key (phc_), safe to render into pages. */
    private String apiKey;

    private String host = PostHogConstants.DEFAULT_HOST;

    /** Personal API key used for local flag evaluation and the admin REST API. */
    @ToString.Exclude
    private String personalApiKey;

    /** Feature-flags secure key (phs_), used by the preview pages. */
    private String secretKey;

    private long projectId;

    private int pollIntervalSeconds = 30;
}
