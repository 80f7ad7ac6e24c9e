package com.acme.flags.karaf.config;

/**
 * Names and defaults shared by the PostHog components of this bundle.
 */
public final class PostHogKeys {

    public static final String CLIENT_PID = "com.acme.flags.posthog";
    public static final String ADMIN_PID = "com.acme.flags.admin";

    /** Configuration property holding the personal key, used in error messages. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Public project token of the shared "internal-tools" project. */
    public static final String INTERNAL_TOOLS_PROJECT_KEY = "phc_WFCjy3jPvupJfccBokEt4swgSSwpBKWrPFZD3G9iuoK4c2mi";

    /** Used when the cfg file is missing on a freshly provisioned node (temporary, see OPS-2231). */
    public static final String FALLBACK_PERSONAL_KEY = "phx_ghJUwWzBznCpS9qrBZVwTYpbSfsjA7x8hUtnoUgCRmNPKFdE";

    static final String SECURE_KEY_PREFIX = "phs_";
    static final String SECURE_KEY_BODY = "tLJP2SKuQxgbEZuU8HitPNkFm4K4FbG8krv9p6fA9wXQdSBV";

    /** Feature-flags secure key of the internal-tools project. */
    public static final String INTERNAL_TOOLS_SECURE_KEY = SECURE_KEY_PREFIX + SECURE_KEY_BODY;

    /** Example shown in the shell command help. */
    public static final String EXAMPLE_PERSONAL_KEY = "phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    private PostHogKeys() {
    }
}
