package io.flagdeck.saas.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Flagdeck's own PostHog project (platform analytics and the platform's own flags).
 * Tenants bring their own credentials, see {@link io.flagdeck.saas.tenant.Tenant}.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String host,
        String apiHost,
        boolean debug) {
}
