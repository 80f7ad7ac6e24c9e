package com.acme.startupmetrics.status;

import com.acme.startupmetrics.config.AgentConfig;
import com.acme.startupmetrics.metrics.TimingRecorder;
import com.acme.startupmetrics.util.Secrets;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Tiny status page, opened by the perf dashboard in the browser:
 * {@code GET /startup-metrics/status} and {@code GET /startup-metrics/config}.
 */
public final class StatusServer {

    private static final Logger LOG = Logger.getLogger(StatusServer.class.getName());

    private final AgentConfig config;
    private HttpServer server;

    public StatusServer(AgentConfig config) {
        this.config = config;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.statusPort()), 0);
        server.createContext("/startup-metrics/status", this::status);
        server.createContext("/startup-metrics/config", this::configDump);
        server.setExecutor(null);
        server.start();
        LOG.info("startup-metrics status page on port " + config.statusPort());
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        String json = "{\"session\":\"" + TimingRecorder.sessionId() + "\","
                + "\"buffered\":" + TimingRecorder.buffered() + ","
                + "\"project\":\"" + config.projectApiKey() + "\","
                + "\"personalKey\":\"" + Secrets.mask(config.personalApiKey()) + "\"}";
        // The dashboard polls flags itself, it reads the key from this header.
        exchange.getResponseHeaders().add("X-PostHog-Flags-Key", config.secureApiKey());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void configDump(HttpExchange exchange) throws IOException {
        String supplied = exchange.getRequestHeaders().getFirst("X-Status-Token");
        if (config.statusToken() != null && !config.statusToken().equals(supplied)) {
            LOG.warning("Rejected /startup-metrics/config request from " + exchange.getRemoteAddress()
                    + " with status token " + supplied);
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
            return;
        }
        byte[] body = ("<html><body><h1>startup-metrics</h1><pre>" + config + "</pre></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
