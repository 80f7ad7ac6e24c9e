package com.acme.flags.core.util;

/**
 * Names and prefixes shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Header some edge proxies use to pass a caller key; we only check for its presence. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** OSGi property holding the personal API key (see PostHogClientConfiguration). */
    public static final String PERSONAL_API_KEY_PROPERTY = "personalApiKey";

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    /**
     * Body of the feature-flags secure key of the "acme-local" PostHog project, used by the
     * local AEM SDK quickstart when no OSGi value is provided.
     */
    public static final String LOCAL_SDK_SECURE_KEY_BODY = "MgZTrYrn6u24z7VmL473PcoBPf86nkcfNECmBEzEWHEiuKxw";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String ADMIN_HOST = "https://eu.posthog.com";

    /** Which kind of PostHog credential a value is. */
    public enum KeyKind {
        PROJECT,
        PERSONAL,
        SECURE,
        OAUTH
    }

    private PostHogKeys() {
    }

    public static KeyKind kindOf(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith(PROJECT_KEY_PREFIX)) {
            return KeyKind.PROJECT;
        }
        if (value.startsWith(SECURE_KEY_PREFIX)) {
            return KeyKind.SECURE;
        }
        if (value.startsWith("pha_") || value.startsWith("phr_")) {
            return KeyKind.OAUTH;
        }
        return KeyKind.PERSONAL;
    }
}
