package com.brightnest.prefsflags.config;

/**
 * PostHog identifiers shared by the app. The project key is public by design and is safe to ship.
 */
public final class PostHogKeys {

    public static final String PROJECT_KEY = "phc_LLqPQrFvB42UqdFLnhdCmegaSEaSs74j6E6LxtR7BtdKqL8R";

    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String FLAGS_PATH = "flags/?v=2";

    /** Header our own backend expects for partner integrations. */
    public static final String HEADER_API_KEY = "X-Api-Key";

    /** Name of the property the flagsync tool reads; kept here so the docs link stays in one place. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Shown in the debug screen when the build carries no personal key. */
    public static final String PERSONAL_KEY_HINT = "phx_<your-personal-key>";

    private PostHogKeys() {
    }
}
