package com.northbeam.flagsync;

import com.northbeam.flagsync.config.PostHogSettings;
import com.northbeam.flagsync.di.DaggerSyncComponent;
import com.northbeam.flagsync.di.SyncComponent;
import com.northbeam.flagsync.status.StatusServer;
import com.northbeam.flagsync.sync.FlagSyncJob;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class SyncDaemon {

    private static final Logger log = LoggerFactory.getLogger(SyncDaemon.class);

    private SyncDaemon() {
    }

    public static void main(String[] args) throws Exception {
        SyncComponent component = DaggerSyncComponent.create();
        PostHogSettings settings = component.postHogSettings();
        log.info("flagsync starting with {}", settings);
        log.info("local evaluation: secure key configured={}, personal key configured={}", settings.hasSecureFlagsKey(), settings.hasPersonalApiKey());

        if (Arrays.asList(args).contains("--diagnose")) {
            diagnose(settings);
            return;
        }

        FlagSyncJob job = component.flagSyncJob();
        StatusServer status = component.statusServer();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutdown requested");
            job.stop();
            status.stop();
            stopped.countDown();
        }, "flagsync-shutdown"));

        status.start();
        job.start();
        stopped.await();
    }

    private static void diagnose(PostHogSettings settings) throws InterruptedException {
        PostHogConfig config = PostHogConfig.builder(settings.projectKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        PostHogInterface client = PostHog.with(config);

        com.posthog.java.PostHog events = new com.posthog.java.PostHog.Builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        events.capture("flagsync-diagnostics", "flagsync_diagnose_started", Map.of("host", settings.host()));

        Thread.sleep(15_000L);
        for (String flag : settings.watchedFlags()) {
            log.info("flag {} -> {}", flag, client.isFeatureEnabled("flagsync-diagnostics", flag, false));
        }
        client.close();
        events.shutdown();
    }
}
