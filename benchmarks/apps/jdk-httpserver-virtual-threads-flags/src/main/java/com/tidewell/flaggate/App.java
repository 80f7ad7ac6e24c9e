package com.tidewell.flaggate;

import com.posthog.server.PostHogInterface;
import com.sun.net.httpserver.HttpServer;
import com.tidewell.flaggate.config.AppConfig;
import com.tidewell.flaggate.config.ConfigLoader;
import com.tidewell.flaggate.http.AdminHandler;
import com.tidewell.flaggate.http.BootstrapHandler;
import com.tidewell.flaggate.http.FlagsHandler;
import com.tidewell.flaggate.http.PageHandler;
import com.tidewell.flaggate.posthog.EventForwarder;
import com.tidewell.flaggate.posthog.FlagService;
import com.tidewell.flaggate.posthog.PostHogAdminClient;
import com.tidewell.flaggate.posthog.PostHogClientFactory;
import com.tidewell.flaggate.security.SessionStore;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * flaggate entry point: JDK HttpServer, one virtual thread per request.
 */
public final class App {

    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private App() {
    }

    public static void main(String[] args) throws IOException {
        AppConfig config = ConfigLoader.load();
        LOG.info("Starting flaggate with " + config);

        ExecutorService requestExecutor = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(requestExecutor)
                .build();

        PostHogInterface posthog = PostHogClientFactory.create(config.posthog());
        PostHogInterface audit = PostHogClientFactory.createAuditClient(config.posthog());
        PostHogAdminClient adminClient = new PostHogAdminClient(http, config.posthog());
        FlagService flags = new FlagService(posthog, audit, adminClient);
        EventForwarder forwarder = new EventForwarder(http, config.posthog());
        SessionStore sessions = new SessionStore(config.sessionTtlSeconds());

        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("flaggate-scheduler").factory());
        scheduler.scheduleAtFixedRate(flags::refreshDefinitions, 0,
                config.posthog().pollIntervalSeconds(), TimeUnit.SECONDS);
        scheduler.scheduleAtFixedRate(sessions::purgeExpired, 5, 5, TimeUnit.MINUTES);

        HttpServer server = HttpServer.create(new InetSocketAddress(config.port()), 0);
        server.setExecutor(requestExecutor);
        server.createContext("/api/flags", new FlagsHandler(flags, forwarder));
        server.createContext("/bootstrap.json", new BootstrapHandler(config.posthog(), flags));
        server.createContext("/admin", new AdminHandler(config, sessions, flags));
        server.createContext("/", new PageHandler(config.posthog()));

        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            LOG.info("Shutting down flaggate");
            server.stop(2);
            scheduler.shutdownNow();
            flags.shutdown();
            requestExecutor.close();
        }));

        server.start();
        LOG.info(() -> "flaggate listening on port " + config.port());
    }
}
