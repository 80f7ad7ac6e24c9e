package com.cohortlab.cohortapi.config;

/**
 * Fallback keys for environments where the secret store is not mounted
 * (staging namespaces spun up per branch).
 */
public final class PostHogKeys {

    // feature-flags secure key of the "cohortlab-staging" project
    public static final String STAGING_SECURE_KEY = PostHogDefaults.SECURE_KEY_PREFIX + "4qJGDfVCriji3Q2eykp2LtoVNuBxsENGsXBr6s6G3jo9eAHA";

    // what PostHog shows for the prod personal key in Settings > Personal API keys
    public static final String PROD_PERSONAL_KEY_HINT = "phx_...bsCj";

    private PostHogKeys() {
    }
}
