package com.acme.flags.config;

/**
 * Names and well-known values used when wiring the PostHog integration.
 */
public final class PostHogKeys {

    /** Public project key of the "flags-admin" project. Safe to ship to browsers. */
    public static final String DEFAULT_PROJECT_API_KEY = "phc_mYBrirxcRoKNTHV2EdAqQTGe5j38poB7SvjeuP4GqFxq8zVs";

    /** Configuration property that carries the personal API key. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Header our edge worker uses to authenticate against this service. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Value shipped in config templates; treated as "not configured". */
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_your_personal_api_key";

    public static final String SECRET_KEY_PREFIX = "phs_";

    // Feature-flags secure key of the old staging project, kept until the edge migration is done.
    static final String LEGACY_SECURE_KEY_BODY = "3ikzZakwpUnnJypWnPSAt9ZDEPTQZkSLFXamW5ovieTGTyrq";

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_API_HOST = "https://us.posthog.com";

    /** Which kind of key a client is running with. */
    public enum KeyKind {
        PROJECT,
        PERSONAL,
        SECURE
    }

    private PostHogKeys() {
    }
}
