package com.northwind.flagconsole.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.stereotype.Component;

/**
 * Builds short-lived PostHog clients for the "Test connection" button on the
 * settings page and for the sandbox project used in demos.
 */
@Component
public class DiagnosticsClientFactory {

    private final PostHogSettings settings;

    public DiagnosticsClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Client that prints every request, so support can see why a poll fails. */
    public PostHogInterface createVerboseClient(String personalKey) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Capture-only client, no local evaluation. */
    public PostHogInterface createCaptureOnlyClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client bound to the public sandbox project used in product demos. */
    public PostHogInterface createSandboxClient() {
        PostHogConfig config = PostHogConfig.builder(KeyDefaults.DEMO_PROJECT_KEY)
                .host(KeyDefaults.DEFAULT_HOST)
                .personalApiKey(KeyDefaults.DEMO_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
