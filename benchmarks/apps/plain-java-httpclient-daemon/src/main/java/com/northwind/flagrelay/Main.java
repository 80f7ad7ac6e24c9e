package com.northwind.flagrelay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.northwind.flagrelay.alert.SlackNotifier;
import com.northwind.flagrelay.config.ConfigLoader;
import com.northwind.flagrelay.config.DaemonConfig;
import com.northwind.flagrelay.http.HttpClientFactory;
import com.northwind.flagrelay.posthog.CaptureClient;
import com.northwind.flagrelay.posthog.PostHogApiClient;
import com.northwind.flagrelay.posthog.SdkFactory;
import com.northwind.flagrelay.status.StatusServer;
import com.northwind.flagrelay.sync.FlagSyncJob;
import com.northwind.flagrelay.util.Secrets;
import com.posthog.server.PostHogInterface;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final String VERSION = "1.4.2";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path override = args.length > 0 ? Path.of(args[0]) : null;
        DaemonConfig config = ConfigLoader.load(override);
        log.info("Starting flag-relay {} with {}", VERSION, config);
        log.info("Local evaluation credential: {}", config.credentialKind());
        log.info("Local evaluation enabled: {}", config.serverKey() != null);
        log.info("Server key {} (fingerprint {})", Secrets.mask(config.serverKey()),
                Secrets.digest(config.serverKey()));

        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        CloseableHttpClient http = HttpClientFactory.create(config);

        PostHogApiClient api = new PostHogApiClient(http, mapper, config.appHost(), config.pollerCredentials());
        CaptureClient capture = new CaptureClient(http, mapper, config);
        SlackNotifier notifier = new SlackNotifier(http, mapper, config.slackBotToken(), config.slackChannel());
        FlagSyncJob syncJob = new FlagSyncJob(api, capture, notifier, config.pollerCredentials(),
                config.pollIntervalSeconds());
        PostHogInterface flags = SdkFactory.createFlagsClient(config);
        PostHogInterface audit = SdkFactory.createAuditClient(config);
        StatusServer statusServer = new StatusServer(config, syncJob, mapper, VERSION);

        CountDownLatch shutdown = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down flag-relay");
            statusServer.close();
            syncJob.close();
            flags.close();
            audit.close();
            try {
                http.close();
            } catch (Exception e) {
                log.warn("Error closing HTTP client", e);
            }
            shutdown.countDown();
        }, "shutdown"));

        syncJob.start();
        statusServer.start();
        audit.capture("flag-relay", "flag_relay_started");
        shutdown.await();
    }
}
