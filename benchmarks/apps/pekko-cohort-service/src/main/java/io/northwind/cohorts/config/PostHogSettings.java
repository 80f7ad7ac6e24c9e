package io.northwind.cohorts.config;

import com.typesafe.config.Config;

/**
 * PostHog settings, read once at start-up from the {@code posthog} block of application.conf
 * (which in turn takes its values from the environment, see k8s/cohort-service.yaml).
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String secretKey,
        String host,
        long projectId,
        int pollIntervalSeconds) {

    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";

    /** Staging fallback until every environment has POSTHOG_PERSONAL_API_KEY set. */
    static final String FALLBACK_PERSONAL_KEY = BootstrapKeys.PREFIX + BootstrapKeys.BODY;

    public static PostHogSettings fromConfig(Config root) {
        Config c = root.getConfig("posthog");
        String personal = c.hasPath("personal-api-key") && !c.getString("personal-api-key").isBlank()
                ? c.getString("personal-api-key")
                : FALLBACK_PERSONAL_KEY;
        int poll = c.hasPath("poll-interval-seconds")
                ? c.getInt("poll-interval-seconds")
                : BuildFlags.DEFAULT_POLL_SECONDS;
        return new PostHogSettings(
                c.getString("api-key"),
                personal,
                c.getString("secret-key"),
                c.getString("host"),
                c.getLong("project-id"),
                poll);
    }

    /** Bean-style accessor kept for the export job, which predates the record. */
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
