package com.northbeam.flagsync.status;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northbeam.flagsync.config.PostHogSettings;
import com.northbeam.flagsync.sync.FlagSyncJob;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.typesafe.config.Config;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class StatusServer {

    private static final Logger log = LoggerFactory.getLogger(StatusServer.class);

    private final int port;
    private final PostHogSettings settings;
    private final FlagSyncJob syncJob;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private HttpServer server;

    @Inject
    public StatusServer(Config config, PostHogSettings settings, FlagSyncJob syncJob) {
        this.port = config.getInt("flagsync.status-port");
        this.settings = settings;
        this.syncJob = syncJob;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/status", this::status);
        server.createContext("/posthog", this::openPostHog);
        server.createContext("/posthog-init.js", this::initSnippet);
        server.createContext("/flags-bootstrap.js", this::bootstrapSnippet);
        server.setExecutor(executor);
        server.start();
        log.info("status server listening on :{}", port);
    }

    public void stop() {
        if (server != null) {
            server.stop(2);
        }
        executor.shutdown();
    }

    private void status(HttpExchange exchange) throws IOException {
        log.debug("status request from {} cookie={}", exchange.getRemoteAddress(), exchange.getRequestHeaders().getFirst("Cookie"));
        send(exchange, 200, "application/json", mapper.writeValueAsBytes(StatusSnapshot.from(syncJob.lastRun(), settings)));
    }

    private void openPostHog(HttpExchange exchange) throws IOException {
        String target = settings.uiHost() + "/project/" + settings.projectId()
                + "/feature_flags?personal_api_key=" + URLEncoder.encode(settings.personalApiKey(), UTF_8);
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void initSnippet(HttpExchange exchange) throws IOException {
        String js = """
                posthog.init('%s', {
                    api_host: '%s',
                    person_profiles: 'identified_only'
                });
                """.formatted(settings.projectKey(), settings.host());
        send(exchange, 200, "application/javascript", js.getBytes(UTF_8));
    }

    private void bootstrapSnippet(HttpExchange exchange) throws IOException {
        Map<String, Object> bootstrap = Map.of(
                "apiHost", settings.host(),
                "flagsKey", settings.secureFlagsKey(),
                "watchedFlags", settings.watchedFlags());
        String js = "window.__FLAGSYNC__ = " + mapper.writeValueAsString(bootstrap) + ";\n";
        send(exchange, 200, "application/javascript", js.getBytes(UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
