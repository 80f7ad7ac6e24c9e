package com.acme.flagapi.config;

/**
 * Names and fixed pieces shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Config paths (application.conf). */
    public static final String PROJECT_KEY_PATH = "posthog.api-key";
    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";
    public static final String SECURE_KEY_PATH = "posthog.feature-flags-secure-api-key";

    /** Header the mobile apps send their project key in. */
    public static final String CLIENT_KEY_HEADER = "X-PostHog-Key";

    /** Prefix every PostHog personal API key starts with. */
    public static final String PREFIX = "phx_";

    /** Body of the shared "local-eval" key of the staging org, kept for the local profile. */
    public static final String LOCAL_EVAL_BODY = "ZZmiTpgDAfuttkLj4WoomfoM4wFPhRTi7Z84hTLjGkHFPTCf";

    private PostHogKeys() {
    }
}
