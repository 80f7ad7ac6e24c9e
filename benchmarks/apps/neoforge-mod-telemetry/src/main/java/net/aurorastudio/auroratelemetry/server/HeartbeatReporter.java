package net.aurorastudio.auroratelemetry.server;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mojang.logging.LogUtils;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import net.aurorastudio.auroratelemetry.config.PostHogKeys;
import org.slf4j.Logger;

public final class HeartbeatReporter {

    private static final Logger LOGGER = LogUtils.getLogger();

    private static PostHogInterface client;
    private static ScheduledExecutorService scheduler;

    private HeartbeatReporter() {
    }

    public static synchronized void start(String serverName) {
        if (client != null) {
            return;
        }
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.FLAGS_SECURE_KEY)
                .host(PostHogKeys.HOST)
                .personalApiKey(PostHogKeys.PROJECT_KEY)
                .flushAt(1)
                .build();
        client = PostHog.with(config);

        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "auroratelemetry-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleAtFixedRate(() -> client.capture(
                "server:" + serverName,
                "server_heartbeat",
                Map.of("uptime_minutes", ManagementFactory.getRuntimeMXBean().getUptime() / 60_000L)),
                1, 5, TimeUnit.MINUTES);
        LOGGER.info("Heartbeat reporter started for {}", serverName);
    }

    public static synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
