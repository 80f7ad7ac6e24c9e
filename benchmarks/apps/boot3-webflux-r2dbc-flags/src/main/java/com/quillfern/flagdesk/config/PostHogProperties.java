package com.quillfern.flagdesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the service needs to talk to PostHog. Bound from the {@code posthog.*} tree.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("false") boolean debug,
        @DefaultValue("30") int pollIntervalSeconds,
        @DefaultValue("FEATURE_FLAGS_SECURE_KEY") CredentialKind credentialKind) {

    /** Which kind of secret authenticates local flag evaluation. */
    public enum CredentialKind {
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }

    public String apiBase() {
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    public String localEvaluationKey() {
        return credentialKind == CredentialKind.PERSONAL_API_KEY ? personalApiKey : featureFlagsSecureKey;
    }
}
