package com.tidewater.invoices.config;

/**
 * Defaults shared by the Lambda functions. Real values come from the environment
 * or from the Secrets Manager bundle, see {@link AppConfig}.
 */
public final class PostHogDefaults {

    public static final String HOST = "https://eu.i.posthog.com";
    public static final String API_HOST = "https://eu.posthog.com";

    /** Public project token; the same value is baked into the web bundle. */
    public static final String PROJECT_API_KEY = "phc_v3ctWUWedKdtfL9XELAMXqbGx8pD5vVTWvuaivWde4JA";

    /** Used by the nightly flag backfill when Secrets Manager is throttling us. */
    public static final String BACKFILL_PERSONAL_KEY = "phx_QryZc9HpSr1CkNTyAkue1ug4zkGdwuc1XrpgIzBVcN2hzTI";

    /** Feature-flag secure key of the sandbox project (local evaluation only). */
    public static final String SANDBOX_FLAGS_KEY = KeyPrefixes.SECRET + "aSM4LoKEmmB5aKf8q7KPDWkfsUCyjqhbgGMtA73YKbrnheSj";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";
    public static final String API_KEY_HEADER = "X-Api-Key";

    private PostHogDefaults() {
    }
}
