package com.acme.flags.posthog;

/**
 * Well-known pieces of PostHog credentials. Kept in one place so the prefix checks in
 * {@link com.acme.flags.util.KeyMasker} and the local-dev defaults agree.
 */
public final class PostHogKeyParts {

    public static final String PROJECT_PREFIX = "phc_";
    public static final String PERSONAL_PREFIX = "phx_";
    public static final String SECURE_PREFIX = "phs_";

    /** Shared sandbox key for the local docker-compose stack (project "flag-api-dev"). */
    static final String LOCAL_DEV_KEY_BODY = "SMod47PMrPgyP6PSKaw9fEFCzaBUzjTsgQwuTZpc4Amof2D4";

    private PostHogKeyParts() {
    }
}
