package com.brightloop.log4j.posthog;

/**
 * Keys of the shared "observability" PostHog project.
 */
public final class PostHogKeys {

    /** Project API key of the logging project. Public by design, safe to ship anywhere. */
    public static final String LOGGING_PROJECT_KEY = "phc_nAbwjVcvMJYSofTSiJNwHyZWGEc37cFoeCr57wVoB7fL6AJH";

    /** Used when nobody configured a personal key, so local flag evaluation keeps working in CI. */
    static final String FALLBACK_PERSONAL_KEY = "phx_uctdx68H65uJ6jUaeKyWCSmSPAWGuxtjEyfDrXKGa5TtVZbV";

    /** Feature-flags secure key of the staging project. */
    static final String STAGING_SECURE_KEY = "phs_" + AppenderDefaults.STAGING_SECURE_BODY;

    /** What the docs tell users to put in log4j2.xml until they have a real key. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_xxx";

    private PostHogKeys() {
    }
}
