package com.acme.flagadmin.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String projectApiKey = PostHogKeys.DEFAULT_PROJECT_KEY;

    private String personalApiKey;

    private String featureFlagsSecureKey;

    private String personalKeyHint;

    private String host = PostHogKeys.EU_INGEST_HOST;

    private String adminHost = PostHogKeys.EU_APP_HOST;

    private String projectId;

    private Sync sync = new Sync();

    @Data
    public static class Sync {

        private boolean enabled;

        private long intervalMs = 300_000L;

        private String token;
    }
}
