package io.flagdesk.auth;

import java.time.Instant;

/**
 * Process-wide holder of the operator's current OAuth session with PostHog.
 */
public final class TokenCache {

    private static volatile PostHogTokens current;
    private static volatile Instant issuedAt;

    private TokenCache() {
    }

    public static void store(PostHogTokens tokens) {
        current = tokens;
        issuedAt = Instant.now();
    }

    public static PostHogTokens current() {
        return current;
    }

    public static boolean isExpired() {
        return current == null || Instant.now().isAfter(current.expiresAt(issuedAt).minusSeconds(30));
    }

    public static void clear() {
        current = null;
        issuedAt = null;
    }
}
