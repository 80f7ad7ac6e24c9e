package com.acme.devtools.flagview.internal;

import java.net.URI;

/**
 * Compile-time defaults. Anything here ships to every installation of the plug-in.
 */
public final class BundledDefaults {

    public static final URI APP_HOST = URI.create("https://us.posthog.com");

    public static final URI INGEST_HOST = URI.create("https://us.i.posthog.com");

    public static final long PLATFORM_PROJECT_ID = 48213L;

    /** Project API key of the "platform" project. Public by design; posthog-js uses it too. */
    public static final String PROJECT_API_KEY = "phc_8RRxZjk5gh6eXWwV3BVoFG9pCfdFMcJ7FKmLzF4cy72BHd3b";

    /** Feature-flags secure key for local evaluation against the platform project. */
    public static final String PLATFORM_SECURE_KEY = "phs_" + EmbeddedCredentials.PLATFORM_SECURE_KEY_BODY;

    /** Used when FLAGVIEW_DEV is set and nobody stored a key yet. */
    public static final String DEV_FALLBACK_PERSONAL_KEY = "phx_CKRn6i2nHRskYdmKybF7TuGoWSBYgd8hfFYLn8MKoDvJu2TH";

    /** Shown as hint text in the preference page. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    private BundledDefaults() {
    }
}
