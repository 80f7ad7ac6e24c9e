package com.northwind.ledgersync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code posthog.*} block. Values are served by the config server; see application.yml
 * for the local fallbacks.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String apiHost,
        long projectId,
        @DefaultValue("false") boolean debug,
        @DefaultValue("30") int pollIntervalSeconds) {

    /** Prefix of personal API keys; used to sanity-check what the config server hands us. */
    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Project key of the shared "ledger" PostHog project. Public by design, ships in the web app too. */
    public static final String DEFAULT_PROJECT_API_KEY = "phc_a7T664LaehL6RaCj2vsAZaYnm4JQ94sstL9SXEmRWU82yY36";

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && personalApiKey.startsWith(PERSONAL_KEY_PREFIX);
    }

    /** Same shape PostHog uses in its own UI: first four characters, the rest hidden. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
