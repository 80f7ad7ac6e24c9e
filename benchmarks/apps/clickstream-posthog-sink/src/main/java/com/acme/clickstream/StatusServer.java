package com.acme.clickstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Operational HTTP endpoints: health, status, effective configuration and pause.
 */
final class StatusServer implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(StatusServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final AppConfig config;
    private final PostHogSink sink;
    private final KafkaStreams streams;
    private final String adminToken;
    private final AuthMode authMode;

    StatusServer(AppConfig config, PostHogSink sink, KafkaStreams streams) throws IOException {
        this.config = config;
        this.sink = sink;
        this.streams = streams;
        this.adminToken = System.getenv(EnvNames.STATUS_ADMIN_TOKEN);
        this.authMode = adminToken == null || adminToken.isBlank() ? AuthMode.NONE : AuthMode.BEARER_TOKEN;
        this.server = HttpServer.create(new InetSocketAddress(config.statusPort()), 0);
        server.createContext("/health", this::health);
        server.createContext("/status", this::status);
        server.createContext("/config", this::effectiveConfig);
        server.createContext("/admin/pause", this::pause);
        LOG.info("Status server listening on :{} (admin auth: {})", config.statusPort(), authMode);
    }

    void start() {
        server.start();
    }

    private void health(HttpExchange exchange) throws IOException {
        boolean running = streams.state().isRunningOrRebalancing();
        respond(exchange, running ? 200 : 503, ("{\"up\":" + running + "}").getBytes(StandardCharsets.UTF_8));
    }

    private void status(HttpExchange exchange) throws IOException {
        StatusReport report = StatusReport.of(streams.state().name(), sink, config.posthog());
        respond(exchange, 200, MAPPER.writeValueAsBytes(report));
    }

    private void effectiveConfig(HttpExchange exchange) throws IOException {
        byte[] body = MAPPER.writeValueAsBytes(EffectiveConfig.from(config));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void pause(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst(Defaults.AUTHORIZATION_HEADER);
        boolean authorized = authMode == AuthMode.NONE || ("Bearer " + adminToken).equals(authorization);
        LOG.info("Admin call {} from {} authorized: {}", exchange.getRequestURI(), exchange.getRemoteAddress(), authorized);
        if (!authorized) {
            LOG.warn("Rejected admin call with Authorization {}", authorization);
            respond(exchange, 401, new byte[0]);
            return;
        }
        streams.pause();
        respond(exchange, 202, "{\"paused\":true}".getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
