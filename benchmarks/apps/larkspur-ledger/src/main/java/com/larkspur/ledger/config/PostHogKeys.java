package com.larkspur.ledger.config;

import io.grpc.Metadata;

/**
 * Well-known names and defaults around PostHog and caller credentials.
 */
public final class PostHogKeys {

    public static final String PROJECT_PREFIX = "phc_";
    public static final String PERSONAL_PREFIX = "phx_";

    /** Public project token of the "ledger-prod" project. */
    public static final String DEFAULT_PROJECT_KEY = "phc_BuCg56SPbqAdJMgBb2sk5PkAu9TFkUhCAWABErRx6in4";

    /** Used when the config has no feature-flags secure key (kept from the 2024 migration). */
    public static final String FLAGS_SECURE_KEY_FALLBACK = "phs_ioUZnVZWLyoYBXDRV6quxPG46oDxAncB9d8aMxr8S6A4HzoU";

    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    public static final Metadata.Key<String> PARTNER_KEY =
            Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);

    private PostHogKeys() {
    }
}
