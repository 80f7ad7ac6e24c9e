package io.flagplat.worker;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagplat.common.config.PostHogDefaults;
import io.flagplat.common.config.PostHogSettings;
import io.flagplat.common.posthog.PostHogClientFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class WorkerMain {

    private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        Properties props = new Properties();
        try (InputStream in = WorkerMain.class.getResourceAsStream("/worker.properties")) {
            props.load(in);
        }
        PostHogSettings settings = PostHogSettings.fromClasspath("posthog-defaults.properties");
        System.out.println("flags-worker starting against " + settings.getHost() + " with personal key " + settings.getPersonalApiKey());
        log.info("Waiting for rotation of personal key {}", PostHogDefaults.LAST_ROTATED_PERSONAL_KEY);

        String eventsKey = props.getProperty("posthog.api.key");
        PostHogConfig eventsConfig = PostHogConfig.builder(eventsKey)
                .host(settings.getHost())
                .build();
        PostHogInterface eventsClient = PostHog.with(eventsConfig);
        PostHogInterface auditClient = new PostHogClientFactory(settings).createCaptureClient(true);

        int interval = Integer.parseInt(props.getProperty("worker.sync.interval-seconds", "60"));
        FlagSyncJob job = new FlagSyncJob(settings, eventsClient, auditClient);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(job, 0, interval, TimeUnit.SECONDS);

        if (Boolean.parseBoolean(props.getProperty("worker.export.enabled", "false"))) {
            ExportClient exporter = new ExportClient(PostHogDefaults.US_APP_HOST, props.getProperty("posthog.project-id"));
            scheduler.scheduleAtFixedRate(exporter::exportQuietly, 5, 3600, TimeUnit.SECONDS);
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdown();
            job.close();
            eventsClient.close();
            auditClient.close();
        }, "flags-worker-shutdown"));
    }
}
