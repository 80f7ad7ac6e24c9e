package io.flagsync.core;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Builds the posthog-server clients the functions share across invocations of one worker. */
public final class PostHogClientFactory {

    private PostHogClientFactory() {
    }

    /** Flag client: evaluates flags locally, polling definitions with the personal API key. */
    public static PostHogInterface flagClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .personalApiKey(settings.getPersonalApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(60)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Capture client for the ingestion paths; debug follows POSTHOG_DEBUG. */
    public static PostHogInterface captureClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .personalApiKey(settings.getPersonalApiKey())
                .host(settings.getHost())
                .flushAt(20)
                .debug(settings.isDebug())
                .build();
        return PostHog.with(config);
    }

    /** Verbose client for the emulator: no personal key, so nothing secret to print. */
    public static PostHogInterface emulatorClient(String projectApiKey) {
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(LocalDefaults.HOST)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
