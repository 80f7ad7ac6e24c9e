package com.northwind.flagadmin.config;

/**
 * Values compiled into the application. Anything here ships inside the jar.
 */
public final class BuiltInDefaults {

    public static final String DEFAULT_HOST = "https://us.posthog.com";

    /** Public project token of the internal demo project, used by the "Try demo" button. */
    public static final String DEMO_PROJECT_KEY = "phc_Wjxe2EoDVdCDmayMbZjR3tjcUTeakKL7L6XAq2dj8F8B";

    /** Shown as hint text in the settings dialog. */
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_your_key_here";

    // TODO(jpark): remove before 1.5 - lets QA start the tool without configuring a key
    public static final String FALLBACK_PERSONAL_KEY = "phx_bDfFdMDsSsh6uwQu3osZyJEK9BR2MTicZ7hNLkQk7owYnxjg";

    public static final String AUTH_HEADER_NAME = "Authorization";

    public static final int DEFAULT_PAGE_SIZE = 100;

    private BuiltInDefaults() {
    }
}
