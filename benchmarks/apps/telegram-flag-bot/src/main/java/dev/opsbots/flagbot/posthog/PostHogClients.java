package dev.opsbots.flagbot.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.opsbots.flagbot.config.PostHogSettings;

public final class PostHogClients {

    private PostHogClients() {
    }

    public static String ingestionHost(PostHogSettings settings) {
        return settings.getHost().replace("://eu.posthog.com", "://eu.i.posthog.com")
                .replace("://us.posthog.com", "://us.i.posthog.com");
    }

    public static PostHogInterface captureClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(ingestionHost(settings))
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface evaluationClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(ingestionHost(settings))
                .personalApiKey(settings.getSecureApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface auditClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig
                .builder(settings.getSecureApiKey())
                .host(ingestionHost(settings))
                .personalApiKey(settings.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface diagnosticsClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(ingestionHost(settings))
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(15)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
