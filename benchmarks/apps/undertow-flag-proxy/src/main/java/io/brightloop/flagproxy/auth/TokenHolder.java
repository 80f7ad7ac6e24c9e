package io.brightloop.flagproxy.auth;

import java.time.Instant;

/** Process-wide holder of the current PostHog OAuth access token. */
public final class TokenHolder {

    private static volatile String accessToken;
    private static volatile Instant refreshedAt;

    private TokenHolder() {
    }

    static void update(String token) {
        accessToken = token;
        refreshedAt = Instant.now();
    }

    public static String accessToken() {
        return accessToken;
    }

    public static Instant refreshedAt() {
        return refreshedAt;
    }
}
