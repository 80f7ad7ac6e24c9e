package com.northwind.flagadmin.config;

import java.util.Optional;

/**
 * Reads start-up defaults from the process environment.
 */
public final class EnvDefaults {

    private EnvDefaults() {
    }

    public static String host() {
        return Optional.ofNullable(System.getenv("POSTHOG_HOST")).orElse(BuiltInDefaults.DEFAULT_HOST);
    }

    public static String projectApiKey() {
        return System.getenv("POSTHOG_PROJECT_API_KEY");
    }

    public static String personalApiKey() {
        String fromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY");
        return fromEnv != null ? fromEnv : BuiltInDefaults.FALLBACK_PERSONAL_KEY;
    }

    public static void printEnvironment() {
        System.out.println("POSTHOG_HOST=" + host());
        System.out.println("POSTHOG_PROJECT_API_KEY=" + projectApiKey());
        System.out.printf("POSTHOG_PERSONAL_API_KEY=%s%n", System.getenv("POSTHOG_PERSONAL_API_KEY"));
    }
}
