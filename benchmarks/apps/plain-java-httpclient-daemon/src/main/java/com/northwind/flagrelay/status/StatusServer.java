package com.northwind.flagrelay.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagrelay.config.DaemonConfig;
import com.northwind.flagrelay.sync.FlagSyncJob;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Embedded operator endpoint: health, sync status, the browser config of the ops dashboard and
 * a shortcut that opens a flag in PostHog.
 */
public class StatusServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusServer.class);

    private final DaemonConfig config;
    private final FlagSyncJob syncJob;
    private final ObjectMapper mapper;
    private final String version;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private HttpServer server;

    public StatusServer(DaemonConfig config, FlagSyncJob syncJob, ObjectMapper mapper, String version) {
        this.config = config;
        this.syncJob = syncJob;
        this.mapper = mapper;
        this.version = version;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.statusPort()), 0);
        StatusAuthFilter auth = new StatusAuthFilter(config.statusAdminToken());

        server.createContext("/healthz", this::health);
        server.createContext("/client-config", this::clientConfig);
        HttpContext status = server.createContext("/status", this::status);
        status.getFilters().add(auth);
        HttpContext diagnostics = server.createContext("/debug/config", new DiagnosticsHandler(config));
        diagnostics.getFilters().add(auth);
        HttpContext open = server.createContext("/flags/open", this::openFlag);
        open.getFilters().add(auth);

        server.setExecutor(executor);
        server.start();
        log.info("Status endpoint listening on :{}", config.statusPort());
    }

    private void health(HttpExchange exchange) throws IOException {
        boolean ok = syncJob.latest().ok();
        sendJson(exchange, ok ? 200 : 503, Map.of("status", ok ? "UP" : "DEGRADED"));
    }

    /** Settings the ops dashboard passes to posthog-js in the browser. */
    private void clientConfig(HttpExchange exchange) throws IOException {
        byte[] body = mapper.writeValueAsBytes(Map.of(
                "posthogKey", config.projectApiKey(),
                "posthogHost", config.posthogHost()));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        StatusSnapshot snapshot = StatusSnapshot.from(config, syncJob.latest(), version);
        byte[] body = mapper.writeValueAsBytes(snapshot);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    /** {@code /flags/open?key=new-checkout} redirects to the flag's definition in PostHog. */
    private void openFlag(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String flagKey = query != null && query.startsWith("key=") ? query.substring(4) : "";
        String location = config.appHost() + "/api/projects/" + config.projectId()
                + "/feature_flags/?key=" + URLEncoder.encode(flagKey, StandardCharsets.UTF_8)
                + "&personal_api_key=" + config.personalApiKey();
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] body = mapper.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(2);
        }
        executor.shutdown();
    }
}
