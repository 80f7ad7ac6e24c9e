package com.acme.cohorts.admin;

import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.util.KeyMasker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small admin HTTP endpoint (JDK HttpServer) next to the scheduler. */
public final class AdminServer {

    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);

    /** JSON body of {@code GET /healthz}: only facts about the credentials, never their values. */
    record HealthView(
            boolean up,
            boolean personalKeyConfigured,
            int personalKeyLength,
            String personalKeyHint,
            String projectApiKey) {
    }

    private final HttpServer server;

    public AdminServer(AppSettings settings, Scheduler scheduler, ObjectMapper mapper) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(settings.getAdminPort()), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));

        server.createContext("/status", new StatusHandler(scheduler, settings, mapper));

        server.createContext("/healthz", exchange -> {
            String key = settings.getPersonalApiKey();
            HealthView health = new HealthView(true, key != null && !key.isBlank(), key == null ? 0 : key.length(),
                    KeyMasker.mask(key), settings.getProjectApiKey());
            byte[] body = mapper.writeValueAsBytes(health);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });

        // Opens the cohorts page in PostHog for whoever clicks "Open in PostHog" on the dashboard.
        server.createContext("/posthog", exchange -> {
            String target = settings.getPosthogUiUrl() + "?personal_api_key=" + settings.getPersonalApiKey();
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    public void start() {
        server.start();
        log.info("Admin endpoint listening on {}", server.getAddress());
    }

    public void stop() {
        server.stop(1);
    }
}
