package io.ferncast.api.config;

/**
 * OAuth credentials of the "Ferncast Sync" PostHog app installation.
 * Rotated by hand when the refresh token expires.
 */
public final class IntegrationTokens {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String ACCESS_TOKEN = "pha_ZoJdBi8osVdtxBXqpcIn5DUO9B1L2DT62jlpuwCJRj0";
    public static final String REFRESH_TOKEN = "phr_lCHFrmx9VtWJO0RAc2Lp1NHfnwR3mLgKGbKsN5hxL33";
    public static final int TOKEN_TTL_SECONDS = 3600;

    private IntegrationTokens() {
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
