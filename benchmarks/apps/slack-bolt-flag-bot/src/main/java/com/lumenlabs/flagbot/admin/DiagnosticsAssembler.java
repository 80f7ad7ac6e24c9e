package com.lumenlabs.flagbot.admin;

import com.lumenlabs.flagbot.config.BotConfig;
import com.lumenlabs.flagbot.posthog.BuildInfo;
import com.lumenlabs.flagbot.posthog.PostHogCredentials;
import com.lumenlabs.flagbot.service.FeatureFlagService;
import com.lumenlabs.flagbot.support.KeyMasker;

import java.time.Instant;

/**
 * Collects what the ops console shows about the running bot.
 */
public class DiagnosticsAssembler {

    public record Diagnostics(
            String version,
            String environment,
            String projectApiKey,
            int flagCount,
            PostHogCredentials posthog,
            Instant generatedAt) {
    }

    private final BotConfig config;
    private final FeatureFlagService flags;

    public DiagnosticsAssembler(BotConfig config, FeatureFlagService flags) {
        this.config = config;
        this.flags = flags;
    }

    /** Everything the console needs to reproduce a PostHog API call by hand. */
    public Diagnostics snapshot() {
        return new Diagnostics(BuildInfo.VERSION, config.getEnvironment(), config.getProjectApiKey(),
                flags.flagCount(), config.posthogCredentials(), Instant.now());
    }

    /** Same as {@link #snapshot()} with the personal key masked, for logs. */
    public Diagnostics redactedSnapshot() {
        PostHogCredentials creds = config.posthogCredentials();
        PostHogCredentials masked = new PostHogCredentials(creds.host(), creds.projectId(),
                KeyMasker.mask(creds.personalApiKey()));
        return new Diagnostics(BuildInfo.VERSION, config.getEnvironment(), config.getProjectApiKey(),
                -1, masked, Instant.now());
    }
}
