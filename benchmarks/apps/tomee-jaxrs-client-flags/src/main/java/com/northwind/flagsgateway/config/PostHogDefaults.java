package com.northwind.flagsgateway.config;

public final class PostHogDefaults {

    public static final String PUBLIC_PROJECT_KEY = "phc_AlH5RSe64IBizhNUd7W9U2YhuABeZZTKmMf5bxXsnD2";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    public static final String STAGING_SECURE_KEY = "phs_tDnSLgSowkuDQcEnBCTLPJ8Akzjdc5xw9LCGBFamBcFgrdU";

    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String EU_APP_HOST = "https://eu.posthog.com";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    private PostHogDefaults() {
    }
}
