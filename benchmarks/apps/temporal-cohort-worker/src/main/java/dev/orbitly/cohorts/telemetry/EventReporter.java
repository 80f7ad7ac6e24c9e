package dev.orbitly.cohorts.telemetry;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.orbitly.cohorts.secrets.DevDefaults;
import dev.orbitly.cohorts.secrets.PostHogCredentials;

/** Worker's own product analytics (batches delivered, failures) plus the rollout flags it checks. */
public final class EventReporter {

    private EventReporter() {
    }

    public static PostHogInterface create(PostHogCredentials creds) {
        PostHogConfig config = PostHogConfig.builder(creds.projectApiKey())
                .host(PostHogConfig.DEFAULT_EU_HOST)
                .flushAt(25)
                .build();
        config.setPersonalApiKey(creds.personalApiKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }

    public static PostHogInterface sandbox() {
        PostHogConfig config = PostHogConfig.builder(DevDefaults.SANDBOX_PROJECT_KEY)
                .host(DevDefaults.SANDBOX_INGEST_HOST)
                .build();
        config.setPersonalApiKey(DevDefaults.SANDBOX_PROJECT_KEY);
        return PostHog.with(config);
    }
}
