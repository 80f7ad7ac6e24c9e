package com.fieldkit.admin.config;

public final class FlagsDefaults {

    private FlagsDefaults() {
    }

    public static final int POLL_INTERVAL_SECONDS = 60;

    public static final String STAGING_HOST = "https://eu.i.posthog.com";

    public static final String STAGING_PROJECT_KEY = "phc_KtH5NQTnKbXsTUKKoxoAMauWjvYqncaPX9FjEwkkAMHj";

    public static final String FALLBACK_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.LEGACY_SECURE_BODY;
}
