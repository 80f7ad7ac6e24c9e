package com.northwind.digest.config;

/**
 * Names and constants shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Header our own admin endpoints expect. */
    public static final String HEADER_API_KEY = "X-Api-Key";

    /** Property that carries the personal API key (used in warnings). */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Shown in error messages so operators know which kind of key to paste. */
    public static final String PERSONAL_KEY_EXAMPLE = "phx_xxx";

    /** Secure key of the shared "digest-staging" project, used when nothing is configured. */
    private static final String FALLBACK_SECURE_KEY_BODY = "Nz5zkqcLTcpgkFmhDbGEcfi22nAyqYBYhxPC5rcBjfCnZhqQ";

    public static final String FALLBACK_FLAGS_SECURE_KEY = "phs_" + FALLBACK_SECURE_KEY_BODY;

    public static final String FLAG_WEEKLY_DIGEST = "weekly-digest-v2";
    public static final String FLAG_DIGEST_CHARTS = "digest-inline-charts";

    private PostHogKeys() {
    }
}
