package io.jenkins.plugins.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import hudson.Util;
import hudson.util.Secret;

/**
 * Builds the PostHog SDK clients used by the build steps.
 */
final class PostHogClientFactory {

    private static final String CI_FALLBACK_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.CI_KEY_BODY;

    private PostHogClientFactory() {
    }

    static PostHogInterface captureClient(PostHogGlobalConfiguration config) {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getHost())
                .debug(true)
                .flushAt(1)
                .build();
        return PostHog.with(posthogConfig);
    }

    static PostHogInterface flagClient(PostHogGlobalConfiguration config) {
        String personalKey = Secret.toString(config.getPersonalApiKey());
        PostHogConfig posthogConfig = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getHost())
                .personalApiKey(personalKey)
                .debug(config.isDebugLogging())
                .build();
        return PostHog.with(posthogConfig);
    }

    static PostHogInterface diagnosticsClient(PostHogGlobalConfiguration config) {
        PostHogConfig posthogConfig = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getHost())
                .personalApiKey(config.getPersonalApiKey().getPlainText())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(posthogConfig);
    }

    static PostHogInterface environmentClient() {
        String host = Util.fixEmpty(System.getenv("POSTHOG_HOST"));
        PostHogConfig posthogConfig = PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
                .host(host != null ? host : PostHogGlobalConfiguration.DEFAULT_HOST)
                .personalApiKey(System.getenv("POSTHOG_API_KEY"))
                .build();
        return PostHog.with(posthogConfig);
    }

    static PostHogApiClient annotationClient(PostHogGlobalConfiguration config) {
        String key = Util.fixEmpty(Secret.toString(config.getPersonalApiKey()));
        if (key == null) {
            key = Util.fixEmpty(System.getenv(PostHogGlobalConfiguration.PERSONAL_KEY_ENV));
        }
        return new PostHogApiClient(config.getHost(), key != null ? key : CI_FALLBACK_KEY);
    }

    static com.posthog.java.PostHog legacyAgentMetricsClient(PostHogGlobalConfiguration config) {
        return new com.posthog.java.PostHog.Builder(config.getPersonalApiKey().getPlainText())
                .host(config.getHost())
                .build();
    }
}
