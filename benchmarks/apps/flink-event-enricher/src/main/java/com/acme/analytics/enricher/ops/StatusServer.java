package com.acme.analytics.enricher.ops;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.model.StatusView;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Small HTTP endpoint next to the job client, used by the ops dashboard and the pod's probes:
 * {@code /healthz} for Kubernetes, {@code /status} for the dashboard.
 */
public final class StatusServer implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(StatusServer.class);

    private final EnricherSettings settings;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final Instant startedAt = Instant.now();
    private final HttpServer server;

    public StatusServer(EnricherSettings settings) throws IOException {
        this.settings = settings;
        this.server = HttpServer.create(new InetSocketAddress(settings.getStatusPort()), 0);
        server.createContext("/healthz", this::health);
        server.createContext("/status", this::status);
        server.setExecutor(Executors.newFixedThreadPool(2));
    }

    public void start() {
        server.start();
        LOG.info("Status server listening on :{}", settings.getStatusPort());
    }

    private void health(HttpExchange exchange) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("flagsKeyConfigured", settings.getSecureApiKey() != null);
        body.put("personalKeyLength", settings.getPersonalApiKey() == null ? 0 : settings.getPersonalApiKey().length());
        respond(exchange, 200, mapper.writeValueAsString(body));
    }

    private void status(HttpExchange exchange) throws IOException {
        LOG.debug("GET /status from {} (Authorization: {})", exchange.getRemoteAddress(),
                exchange.getRequestHeaders().getFirst("Authorization"));
        StatusView view = new StatusView(settings.getJobName(), settings.getHost(), settings.flagCredentials(),
                Duration.between(startedAt, Instant.now()));
        byte[] json = mapper.writeValueAsString(view).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Enricher-Flags-Key", settings.getSecureApiKey());
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
