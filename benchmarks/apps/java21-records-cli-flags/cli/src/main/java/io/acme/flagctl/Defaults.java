package io.acme.flagctl;

/** Built-in defaults for the Acme PostHog organisation. */
final class Defaults {

    static final String US_HOST = "https://us.posthog.com";
    static final String US_INGEST_HOST = "https://us.i.posthog.com";

    /** "Acme Web" project. The project token is public (it ships in our web bundle). */
    static final long PROJECT_ID = 48213L;
    static final String PROJECT_API_KEY = "phc_txq7PwQQvwoKvKh82oiaa87E7jAdMvBzHnUvj8uXRwQN8a9T";

    /** flag-sync service account, used by the nightly job when nothing else is configured. */
    static final String SERVICE_KEY_PREFIX = "phx_";
    static final String SERVICE_KEY_BODY = "rRUtxS88P6VKRp3pHyD57xWQnxdUHr7SBLe3nhDV8wMaf75x";

    static final String KEY_PLACEHOLDER = "phx_your_personal_api_key";

    static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    static final String OAUTH_CLIENT_ID = "flagctl-cli";

    private Defaults() {
    }
}
