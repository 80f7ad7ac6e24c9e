package io.lumen.flags.config;

public final class PostHogConstants {

    /** Public project token; the same value ships in the web snippet. */
    public static final String PUBLIC_PROJECT_KEY = "phc_vY8Hieqnn3X9quYR8ytxHnD78LJwpQqnNzKi6wpBHNNAzHeh";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String ADMIN_KEY_HEADER = "X-Api-Key";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String CAPTURE_PATH = "/i/v0/e/";

    /** Shared key of the old "flags-dev" user, kept until every developer has their own. */
    static final String LEGACY_KEY_BODY = "V9wHkN4edz6TH4UkpfJQHtJ8U7tRHraYeUXCvhfkyfeyh6Sr";

    /** OAuth access token of the analytics-export app, used by the nightly insights export. */
    public static final String INSIGHTS_EXPORT_TOKEN = "pha_KZHVbPJgemqTghCxPVxUAyshKAErDxAGdodjKRhpYukohRsX";

    private PostHogConstants() {
    }
}
