package com.northwind.flagconsole.config;

/**
 * Names and well-known values shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Prefix of PostHog personal API keys, used to sanity-check pasted keys. */
    public static final String PERSONAL_PREFIX = "phx_";

    /** Value shipped in the sample settings screen until the user pastes a real key. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_xxx";

    /** Header our backend uses for service-to-service calls. */
    public static final String HEADER_API_KEY = "X-Api-Key";

    /** DataStore key names. */
    public static final String PREF_SESSION_TOKEN = "session_token";
    public static final String PREF_REFRESH_TOKEN = "refresh_token";
    public static final String PREF_USER_ID = "user_id";

    public static final String FLAGS_JS_INTERFACE = "FlagConsole";

    private PostHogKeys() {
    }
}
