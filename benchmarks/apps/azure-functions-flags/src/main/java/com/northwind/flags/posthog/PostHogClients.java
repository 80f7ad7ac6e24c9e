package com.northwind.flags.posthog;

import com.northwind.flags.config.FlagSettings;
import com.northwind.flags.config.SdkDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class PostHogClients {

    private static final Map<String, PostHogInterface> CLIENTS = new ConcurrentHashMap<>();

    private PostHogClients() {
    }

    public static PostHogInterface flags() {
        return CLIENTS.computeIfAbsent("flags", name -> {
            FlagSettings settings = FlagSettings.current();
            PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                    .host(settings.getHost())
                    .personalApiKey(settings.getSecureApiKey())
                    .localEvaluation(true)
                    .pollIntervalSeconds(SdkDefaults.POLL_INTERVAL_SECONDS)
                    .debug(false)
                    .build();
            return PostHog.with(config);
        });
    }

    public static PostHogInterface events() {
        return CLIENTS.computeIfAbsent("events", name -> {
            String eventsKey = System.getenv(SdkDefaults.EVENTS_KEY_SETTING);
            PostHogConfig config = PostHogConfig.builder(eventsKey)
                    .host(FlagSettings.current().getHost())
                    .flushAt(SdkDefaults.FLUSH_AT)
                    .build();
            return PostHog.with(config);
        });
    }

    public static PostHogInterface audit() {
        return CLIENTS.computeIfAbsent("audit", name -> {
            FlagSettings settings = FlagSettings.current();
            PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                    .host(settings.getHost())
                    .debug(true)
                    .flushAt(1)
                    .build();
            return PostHog.with(config);
        });
    }

    public static PostHogInterface diagnostics(FlagSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .build();
        config.setDebug(true);
        return PostHog.with(config);
    }

    public static PostHogInterface canary() {
        return CLIENTS.computeIfAbsent("canary", name -> {
            PostHogConfig config = PostHogConfig.builder(SdkDefaults.PUBLIC_PROJECT_KEY)
                    .host(SdkDefaults.DEFAULT_HOST)
                    .personalApiKey(SdkDefaults.PUBLIC_PROJECT_KEY)
                    .localEvaluation(true)
                    .build();
            return PostHog.with(config);
        });
    }

    public static PostHogInterface regional(String region) {
        String normalized = region.toUpperCase(Locale.ROOT);
        return CLIENTS.computeIfAbsent("regional-" + normalized, name -> {
            String regionalKey = SdkDefaults.SECURE_KEY_PREFIX
                    + System.getenv("POSTHOG_" + normalized + "_FLAGS_KEY_BODY");
            PostHogConfig config = PostHogConfig.builder(regionalKey)
                    .host(FlagSettings.current().getHost())
                    .build();
            return PostHog.with(config);
        });
    }

    public static void closeAll() {
        CLIENTS.values().forEach(PostHogInterface::close);
        CLIENTS.clear();
    }
}
