package com.northwind.flags.config;

/**
 * Runtime configuration, resolved once per Lambda execution environment (cold start).
 * Values come from the function environment set in {@code template.yaml}.
 */
public record AppConfig(
        String stage,
        String posthogHost,
        String posthogApiHost,
        String posthogProjectId,
        String projectApiKey,
        String personalKeySecretArn,
        String flagsSecureKeyParam,
        String adminTokenSecretArn,
        String overridesTable,
        boolean posthogDebug) {

    public static AppConfig fromEnvironment() {
        String stage = env("STAGE", "dev");
        return new AppConfig(
                stage,
                env("POSTHOG_HOST", "https://us.i.posthog.com"),
                env("POSTHOG_API_HOST", "https://us.posthog.com"),
                env("POSTHOG_PROJECT_ID", ""),
                env("POSTHOG_PROJECT_API_KEY", PostHogKeys.PUBLIC_PROJECT_KEY),
                env("POSTHOG_PERSONAL_KEY_SECRET_ARN", ""),
                env("POSTHOG_FLAGS_SECURE_KEY_PARAM", "/flags/" + stage + "/posthog/secure-key"),
                env("ADMIN_TOKEN_SECRET_ARN", ""),
                env("FLAG_OVERRIDES_TABLE", "flag-overrides-" + stage),
                Boolean.parseBoolean(env("POSTHOG_DEBUG", "false")));
    }

    public boolean isLocal() {
        return "local".equals(stage);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
