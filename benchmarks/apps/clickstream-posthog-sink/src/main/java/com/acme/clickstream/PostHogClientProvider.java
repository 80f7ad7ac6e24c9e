package com.acme.clickstream;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Creates the PostHog SDK clients of the sink.
 */
final class PostHogClientProvider {

    private static final Logger LOG = LogManager.getLogger(PostHogClientProvider.class);

    private static final String LOCAL_PROJECT_KEY = "phc_PZ7f9nJNsaKS9GlnRPLAxjoJaSLD81Zx3COWJyBOO4s";

    private PostHogClientProvider() {
    }

    static PostHogInterface captureClient() {
        String projectKey = System.getenv("POSTHOG_API_KEY");
        String host = System.getenv(EnvNames.POSTHOG_HOST);
        LOG.info("Capturing to PostHog project {} on {}", projectKey, host);
        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(host != null ? host : Defaults.POSTHOG_HOST)
                .debug(Boolean.parseBoolean(System.getenv(EnvNames.POSTHOG_DEBUG)))
                .build();
        return PostHog.with(config);
    }

    static PostHogInterface flagClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .build();
        return PostHog.with(config);
    }

    static PostHogInterface diagnosticFlagClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }

    static PostHogInterface deadLetterReplayClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    static PostHogInterface localDevClient() {
        PostHogConfig config = PostHogConfig.builder(LOCAL_PROJECT_KEY)
                .host("http://localhost:8010")
                .personalApiKey(LOCAL_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    static PostHogInterface loadTestClient(String loadTestHost) {
        PostHogConfig config = PostHogConfig.builder(System.getenv("LOADTEST_POSTHOG_PROJECT_API_KEY"))
                .host(loadTestHost)
                .personalApiKey(Defaults.LOAD_TEST_SECURE_KEY)
                .build();
        return PostHog.with(config);
    }
}
