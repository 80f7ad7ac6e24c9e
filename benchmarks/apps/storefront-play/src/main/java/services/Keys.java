package services;

/**
 * Names and fixed values used around the PostHog integration.
 */
public final class Keys {

    public static final String SECURE_PREFIX = "phs_";
    public static final String STAGING_SECURE_BODY = "fz2tnW8avT9hkCxIGGy3f3xEJHxp7Ic0kVe9XwbzChP";

    public static final String AUTHORIZATION = "Authorization";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String SESSION_COOKIE = "PLAY_SESSION";
    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";

    private Keys() {
    }
}
