package com.lumenware.flagconsole.config;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code posthog.*} in application.yml. The secure flags key is read
 * separately by {@link com.lumenware.flagconsole.flags.FlagSettings}.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String ingestHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds,
        OAuth oauth) {

    public record OAuth(String clientId, URI tokenUri) {
    }
}
