package com.brightlane.flagsfn.config;

/**
 * Well-known PostHog identifiers used by flags-fn.
 */
public final class PostHogKeys {

    /** Public project token of the "flags-fn" project; the web app ships the same value. */
    public static final String PROJECT_KEY = "phc_FUJ6a2xJJgLMwsLurjDnqR2GM4Mstp7jBsRrPmUuKDWqigEB";

    /** Public project token of the staging project, used for flag previews. */
    public static final String STAGING_PROJECT_KEY = "phc_TL7PBNf4NeFgPQTQkzkGVhVLHq4XxT6MYKFSXVi4XZMgRy7G";

    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /**
     * Break-glass personal key for the flag listing while the Secrets Manager
     * rotation lambda is broken (INC-2291). Remove once rotation is fixed.
     */
    public static final String ROTATION_FALLBACK_BODY = "9csLvuKywxzVSGDRLykDuFCPg8NvXWCnPgVUfZHkZ9QQgVXf";

    private PostHogKeys() {
    }
}
