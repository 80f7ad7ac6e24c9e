package com.northwind.flagops.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.northwind.flagops.support.KeyMasker;

/**
 * Bound from the {@code posthog.*} section of application.yml; the values themselves come from
 * the environment (POSTHOG_PERSONAL_API_KEY etc.) through the placeholders in that file.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @DefaultValue(Defaults.US_CLOUD) String host,
        @DefaultValue(Defaults.US_INGEST) String ingestHost,
        String projectApiKey,
        String personalApiKey,
        Long projectId,
        @DefaultValue("30s") Duration pollInterval,
        Proxy proxy) {

    public record Proxy(String host, int port, String username, String password) {

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Copy safe to print: the personal key masked the way PostHog shows it, no proxy password. */
    public PostHogProperties redacted() {
        Proxy safeProxy = proxy == null ? null : new Proxy(proxy.host(), proxy.port(), proxy.username(), "******");
        return new PostHogProperties(host, ingestHost, projectApiKey, KeyMasker.mask(personalApiKey),
                projectId, pollInterval, safeProxy);
    }
}
