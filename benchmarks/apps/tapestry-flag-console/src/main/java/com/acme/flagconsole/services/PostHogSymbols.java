package com.acme.flagconsole.services;

/**
 * Symbol names used to configure the PostHog integration.
 */
public final class PostHogSymbols
{
    public static final String PROJECT_API_KEY = "posthog.api.key";

    public static final String HOST = "posthog.host";

    public static final String PROJECT_ID = "posthog.project-id";

    public static final String PERSONAL_API_KEY = "posthog.personal-api-key";

    public static final String FLAGS_SECURE_API_KEY = "posthog.feature-flags-secure-api-key";

    public static final String ADMIN_PERSONAL_API_KEY = "posthog.admin.personal-api-key";

    public static final String DEBUG = "posthog.debug";

    public static final String POLL_INTERVAL_SECONDS = "posthog.flags.poll-interval-seconds";

    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    static final String ADMIN_KEY_PREFIX = "phx_";

    static final String ADMIN_KEY_BODY = "XJhPOXrZUQQ5293XZ3h6O0AAgieKJtjvcKYpQQ14QAT";

    private PostHogSymbols()
    {
    }
}
