package io.jenkins.plugins.posthog;

/**
 * Defaults shared by the global configuration, the notifier and the pipeline step.
 */
public final class PostHogDefaults {

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";

    /** Project token of the "Jenkins controllers" project; used for anonymous UI analytics. */
    public static final String JENKINS_UI_PROJECT_KEY = "phc_JdW8AefAoAmByt99Qeds6KgUhVf3xgqhxXQqtnj84DGn";

    /** Environment variable consulted when no key is configured in the UI. */
    public static final String PERSONAL_API_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PROJECT_API_KEY_ENV = "POSTHOG_API_KEY";
    public static final String HOST_ENV = "POSTHOG_HOST";

    /** Prefix of feature-flag secure keys issued by PostHog. */
    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_PREFIX = "phc_";

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;
    public static final String DEFAULT_EVENT_NAME = "jenkins build ${RESULT}";

    private PostHogDefaults() {
    }
}
