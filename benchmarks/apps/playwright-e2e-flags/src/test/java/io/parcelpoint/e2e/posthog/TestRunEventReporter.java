package io.parcelpoint.e2e.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.parcelpoint.e2e.config.PostHogDefaults;
import io.parcelpoint.e2e.config.TestConfig;

/**
 * Sends one "e2e_test_finished" event per test so the QA dashboard can chart flakiness per flag.
 */
public class TestRunEventReporter implements AutoCloseable {

    private final PostHogInterface posthog;
    private final String runId;

    public TestRunEventReporter(TestConfig config, String runId) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.posthogFlagsSecureKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .build();
        this.posthog = PostHog.with(sdkConfig);
        this.runId = runId;
    }

    public void testFinished(String testName, boolean passed, long durationMs) {
        posthog.capture(
                "e2e-runner-" + runId,
                "e2e_test_finished",
                PostHogCaptureOptions.builder()
                        .property("test", testName)
                        .property("passed", passed)
                        .property("duration_ms", durationMs)
                        .build());
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
