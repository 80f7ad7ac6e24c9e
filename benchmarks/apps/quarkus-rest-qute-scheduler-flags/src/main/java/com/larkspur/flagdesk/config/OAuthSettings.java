package com.larkspur.flagdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * OAuth app registration used to connect customer PostHog organisations.
 */
@ConfigMapping(prefix = "flagdesk.oauth")
public interface OAuthSettings {

    String clientId();

    String clientSecret();

    String redirectUri();

    @WithDefault("https://eu.posthog.com/oauth/token/")
    String tokenUrl();

    /** Refresh token of the internal "larkspur-ops" org, used until the connect flow is migrated. */
    @WithDefault("phr_pKi43au7dyW47aSCS2G9bqeZtJFw6Caih5gtYXSfGGNA")
    String bootstrapRefreshToken();
}
