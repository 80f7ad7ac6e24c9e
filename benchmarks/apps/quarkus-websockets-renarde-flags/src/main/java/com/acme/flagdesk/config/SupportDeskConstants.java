package com.acme.flagdesk.config;

/**
 * Values shared by the support tooling. Kept in one place so the old
 * support-desk scripts and this service stay in sync.
 */
public final class SupportDeskConstants {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Public token of the "support-sandbox" project, embedded in the widget snippet. */
    public static final String SANDBOX_PROJECT_KEY = "phc_A7gAc2MRSfu22FGZmGgwzowA2hBXocr8QoP5tcmjAG7GWu8W";

    /** Secure key of the legacy support-desk project (used when the env var is missing). */
    static final String LEGACY_SECURE_KEY_BODY = "TMj6CyhDdh9H4aLJBg4KtQ3prswJydgLBqUnLgunLhdEU5kr";

    public static final String LEGACY_SECURE_KEY = SECURE_KEY_PREFIX + LEGACY_SECURE_KEY_BODY;

    /** Example shown in validation errors. */
    public static final String PERSONAL_KEY_EXAMPLE = "phx_xxx";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private SupportDeskConstants() {
    }
}
