package io.acme.flagoperator.telemetry;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.acme.flagoperator.config.OperatorSettings;

import java.util.Map;

/** Sends the operator's own usage events (syncs per namespace) to PostHog. */
public class OperatorTelemetry implements AutoCloseable {

    private final PostHogInterface posthog;
    private final String distinctId;

    public OperatorTelemetry(OperatorSettings settings) {
        // One credential per cluster: the operator's key already has access to the project.
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getPosthogHost())
                .flushAt(20)
                .build();
        this.posthog = PostHog.with(config);
        this.distinctId = "k8s-flag-operator:" + settings.getWatchNamespace();
    }

    public void syncCompleted(String namespace, String resourceName, int flagCount) {
        posthog.capture(distinctId, "flag_sync_completed", Map.of(
                "namespace", namespace,
                "resource", resourceName,
                "flag_count", flagCount));
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
