package com.northwind.flagops.config;

import java.util.List;

/**
 * Names of the environment variables flagops reads. Shared with the CI scripts, keep in sync
 * with .env.example and .github/workflows/flag-sync.yml.
 */
public final class EnvNames {

    public static final String PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String HOST = "POSTHOG_HOST";
    public static final String PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String CREDENTIALS_DIR = "FLAGOPS_HOME";

    public static final List<String> REQUIRED = List.of(PROJECT_API_KEY, PERSONAL_API_KEY, PROJECT_ID);

    private EnvNames() {
    }
}
