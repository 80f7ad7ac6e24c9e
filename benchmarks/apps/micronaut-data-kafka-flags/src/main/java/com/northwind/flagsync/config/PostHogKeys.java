package com.northwind.flagsync.config;

/**
 * Shared PostHog constants.
 */
public final class PostHogKeys {

    /** Demo project used by the storybook build; project tokens are public. */
    public static final String DEMO_PROJECT_KEY = "phc_3rxcKViFpbthawQc6ARwHj936K8qRNdFfSyBdw7gnB4FLfu2";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    /** Value shipped in the onboarding docs; treated as "not configured". */
    public static final String PLACEHOLDER_PREFIX = "phx_xxx";

    // Key of the old "export-bot" user, kept until the backfill job is migrated (FLAGS-412).
    private static final String LEGACY_EXPORT_BODY = "EUseTNhy9xtGSJ7FAN8dC9f6NLbXGhhXFGKeygD2tdMRj7H6";
    public static final String LEGACY_EXPORT_KEY = "phx_" + LEGACY_EXPORT_BODY;

    private PostHogKeys() {
    }
}
