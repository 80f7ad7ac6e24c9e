package com.lumenlabs.flagbot.posthog;

import com.lumenlabs.flagbot.config.BotConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the PostHog server SDK clients the bot uses.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private enum KeyKind { PERSONAL, SECURE }

    private final BotConfig config;

    public PostHogClientFactory(BotConfig config) {
        this.config = config;
    }

    /** Client that evaluates flags locally for `/flag check`. */
    public PostHogInterface createEvaluationClient() {
        KeyKind apiKey = config.getPosthogSecretKey() != null ? KeyKind.SECURE : KeyKind.PERSONAL;
        log.info("Local flag evaluation uses the {} key, polling every {}s", apiKey, config.getPollIntervalSeconds());

        String localKey = config.getPosthogSecretKey() != null ? config.getPosthogSecretKey() : config.getPersonalApiKey();
        PostHogConfig.Builder builder = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getPosthogHost())
                .personalApiKey(localKey)
                .pollIntervalSeconds(config.getPollIntervalSeconds());
        if ("local".equalsIgnoreCase(config.getEnvironment())) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /** Short-lived client for `/flag diagnose`, which dumps what the SDK fetches. */
    public PostHogInterface createDiagnosticsClient() {
        PostHogConfig diagnostics = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getPosthogHost())
                .personalApiKey(config.getPersonalApiKey())
                .debug(BuildInfo.SDK_DEBUG)
                .pollIntervalSeconds(5)
                .build();
        return PostHog.with(diagnostics);
    }

    /** Client that records how the team uses the bot (commands run, flags toggled). */
    public PostHogInterface createUsageClient() {
        PostHogConfig usage = PostHogConfig.builder(config.getPersonalApiKey())
                .host("https://us.i.posthog.com")
                .build();
        return PostHog.with(usage);
    }
}
