package com.acme.flags.cli;

import com.acme.posthog.admin.auth.KeyPrefixes;

/**
 * Defaults and well-known names used by flags-cli.
 */
public final class CliDefaults {

    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_PROJECT_API_KEY = "POSTHOG_API_KEY";
    public static final String ENV_FLAGS_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ENV_HOST = "POSTHOG_HOST";
    public static final String ENV_PROJECT_ID = "POSTHOG_PROJECT_ID";

    public static final String PROP_PERSONAL_API_KEY = "posthog.personal-api-key";
    public static final String PROP_PROJECT_API_KEY = "posthog.api.key";
    public static final String PROP_FLAGS_SECURE_KEY = "posthog.feature-flags-secure-key";
    public static final String PROP_HOST = "posthog.host";
    public static final String PROP_PROJECT_ID = "posthog.project-id";

    public static final String DEFAULT_HOST = "https://eu.posthog.com";

    /** Web project key of the "Acme Sandbox" project; it is embedded in every sandbox page anyway. */
    public static final String SANDBOX_PROJECT_API_KEY = "phc_jV5LSDsKCyHTYWdk22H6rc4jNVJkPNJdYPT87yN6gYHD";
    public static final long SANDBOX_PROJECT_ID = 48211L;

    /** Read-only key of the shared sandbox bot user, so `--sandbox` works out of the box. */
    public static final String SANDBOX_PERSONAL_API_KEY =
            KeyPrefixes.PERSONAL + "uzB25gvYXrr5vU8pwTh22CCr4cAHTXzTTPPHZdnX8iSRgjE2";

    public static final int PREVIEW_PORT = 8787;

    private CliDefaults() {
    }
}
