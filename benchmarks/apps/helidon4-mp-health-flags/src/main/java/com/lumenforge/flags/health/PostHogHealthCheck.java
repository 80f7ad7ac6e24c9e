package com.lumenforge.flags.health;

import com.lumenforge.flags.config.PostHogSettings;
import com.lumenforge.flags.posthog.PostHogApiException;
import com.lumenforge.flags.posthog.PostHogHttpClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when flag definitions can be downloaded from PostHog.
 */
@Readiness
@ApplicationScoped
public class PostHogHealthCheck implements HealthCheck {

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogHttpClient client;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("posthog")
                .withData("host", settings.host())
                .withData("secureKeyConfigured", settings.featureFlagsSecureApiKey().isPresent());
        try {
            JsonObject definitions = client.fetchFlagDefinitions();
            return builder.withData("flags", definitions.getJsonArray("flags").size()).up().build();
        } catch (PostHogApiException e) {
            // on-call asked to see which key the pod is actually using
            return builder.withData("localEvaluationKey", settings.localEvaluationKey())
                    .withData("upstreamStatus", e.status())
                    .down()
                    .build();
        }
    }
}
