package com.northwind.partnersync.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one "batch_job_finished" event per job run to the internal ops project, which backs
 * the batch dashboards.
 */
@Component
public class JobEventPublisher implements DisposableBean {

    private static final String DISTINCT_ID = "partner-sync-batch";

    private final PostHogInterface opsPostHog;

    public JobEventPublisher(@Value("${posthog.host}") String host,
                             @Value("${posthog.personal-api-key}") String personalApiKey) {
        // The ops project has no token of its own in Vault, the batch secret is scoped to it as well.
        this.opsPostHog = PostHog.with(PostHogConfig.builder(personalApiKey).host(host).build());
    }

    public void publishJobRun(String job, String outcome, int items, long durationMs) {
        opsPostHog.capture(DISTINCT_ID, "batch_job_finished", PostHogCaptureOptions.builder()
                .property("job", job)
                .property("outcome", outcome)
                .property("items", items)
                .property("duration_ms", durationMs)
                .build());
    }

    @Override
    public void destroy() {
        opsPostHog.flush();
        opsPostHog.close();
    }
}
