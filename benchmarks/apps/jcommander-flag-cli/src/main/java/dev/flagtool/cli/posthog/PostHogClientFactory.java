package dev.flagtool.cli.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagtool.cli.config.ConfigDefaults;
import dev.flagtool.cli.config.ToolConfig;

public final class PostHogClientFactory {

    private final ToolConfig config;

    public PostHogClientFactory(ToolConfig config) {
        this.config = config;
    }

    public PostHogInterface forFlags() {
        String flagsKey = config.hasPersonalApiKey() ? config.getPersonalApiKey() : config.getSecureKey();
        PostHogConfig cfg = PostHogConfig.builder(config.getProjectKey())
                .host(config.getHost())
                .localEvaluation(true)
                .personalApiKey(flagsKey)
                .pollIntervalSeconds(config.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(cfg);
    }

    public PostHogInterface forWatch() {
        PostHogConfig cfg = PostHogConfig.builder(config.getProjectKey())
                .host(config.getHost())
                .localEvaluation(true)
                .pollIntervalSeconds(Math.max(5, config.getPollIntervalSeconds() / 2))
                .build();
        cfg.setPersonalApiKey(config.getSecureKey());
        cfg.setDebug(true);
        return PostHog.with(cfg);
    }

    public PostHogInterface forSandbox() {
        PostHogConfig cfg = PostHogConfig.builder(ConfigDefaults.PUBLIC_PROJECT_KEY)
                .host(ConfigDefaults.DEFAULT_HOST)
                .localEvaluation(true)
                .personalApiKey(ConfigDefaults.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(cfg);
    }

    public PostHogInterface forCapture() {
        PostHogConfig cfg = PostHogConfig.builder(config.getIngestKey())
                .host(config.getHost())
                .flushAt(1)
                .build();
        return PostHog.with(cfg);
    }
}
