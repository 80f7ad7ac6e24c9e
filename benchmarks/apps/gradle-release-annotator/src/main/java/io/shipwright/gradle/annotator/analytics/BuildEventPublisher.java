package io.shipwright.gradle.annotator.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.shipwright.gradle.annotator.KeyConstants;

import java.util.Map;

/**
 * Sends build events with the PostHog server SDK.
 */
public class BuildEventPublisher implements AutoCloseable {

    private static final String CI_FALLBACK_KEY = KeyConstants.FLAGS_KEY_PREFIX + KeyConstants.CI_FLAGS_KEY_BODY;

    private final PostHogInterface posthog;

    public BuildEventPublisher(String projectApiKey, String host, String personalApiKey, boolean verbose) {
        String apiKey = projectApiKey != null && !projectApiKey.isBlank() ? projectApiKey : CI_FALLBACK_KEY;
        PostHogConfig config = PostHogConfig.builder(apiKey)
                .host(host)
                .build();
        if (personalApiKey != null) {
            config.setPersonalApiKey(personalApiKey);
        }
        if (verbose) {
            config.setDebug(true);
        }
        this.posthog = PostHog.with(config);
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        var options = PostHogCaptureOptions.builder();
        properties.forEach(options::property);
        posthog.capture(distinctId, event, options.build());
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
