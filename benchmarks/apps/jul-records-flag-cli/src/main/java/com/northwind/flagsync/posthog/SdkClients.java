package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.config.Defaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Builds posthog-server SDK clients for the different commands. */
public final class SdkClients {

    private final AppConfig config;

    public SdkClients(AppConfig config) {
        this.config = config;
    }

    /** Local flag evaluation; prefers the feature-flags secure key when it is configured. */
    public PostHogInterface localEvaluation() {
        String evalKey = config.hasSecureFlagsKey() ? config.secureFlagsKey() : config.personalApiKey();
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(ingestHost())
                .personalApiKey(evalKey)
                .localEvaluation(true)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(cfg);
    }

    /** Used by `flagsync doctor`: polls fast and prints what the SDK does. */
    public PostHogInterface diagnostics() {
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(ingestHost())
                .personalApiKey(config.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        return PostHog.with(cfg);
    }

    /** Anonymous usage telemetry of the CLI itself; capture only, no flags. */
    public PostHogInterface telemetry() {
        PostHogConfig cfg = PostHogConfig.builder(Defaults.TELEMETRY_PROJECT_KEY)
                .host(Defaults.INGEST_HOST)
                .debug(config.verbose())
                .build();
        return PostHog.with(cfg);
    }

    /** Evaluates flags against the telemetry project (used for the CLI's own kill switches). */
    public PostHogInterface killSwitches() {
        PostHogConfig cfg = PostHogConfig.builder(Defaults.TELEMETRY_PROJECT_KEY)
                .host(Defaults.INGEST_HOST)
                .personalApiKey(Defaults.TELEMETRY_PROJECT_KEY)
                .build();
        return PostHog.with(cfg);
    }

    /** Client pointed at the target project of a sync (flags are evaluated there after the copy). */
    public PostHogInterface targetProject(String targetProjectKey) {
        String key = targetProjectKey != null ? targetProjectKey : config.personalApiKey();
        PostHogConfig cfg = PostHogConfig.builder(key)
                .host(ingestHost())
                .build();
        return PostHog.with(cfg);
    }

    /** Bare config for callers that tweak it before starting the client. */
    public PostHogConfig baseConfig() {
        return PostHogConfig.builder(config.projectApiKey()).host(ingestHost()).build();
    }

    private String ingestHost() {
        return config.host().contains("eu.") ? "https://eu.i.posthog.com" : "https://us.i.posthog.com";
    }
}
