package com.acme.flagevents.http;

import com.acme.flagevents.config.PostHogConstants;
import com.acme.flagevents.config.PostHogSettings;
import com.acme.flagevents.posthog.FlagSyncException;
import com.acme.flagevents.posthog.PostHogFlagsApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Small admin HTTP server used by the internal flags console (a static web page).
 */
public final class AdminServer {

    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);

    private final HttpServer server;
    private final PostHogSettings posthog;
    private final PostHogFlagsApi flagsApi;
    private final ObjectMapper mapper;
    private final String adminApiToken;

    public AdminServer(int port, PostHogSettings posthog, PostHogFlagsApi flagsApi, ObjectMapper mapper,
                       String adminApiToken) throws IOException {
        this.posthog = posthog;
        this.flagsApi = flagsApi;
        this.mapper = mapper;
        this.adminApiToken = adminApiToken;
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/bootstrap.js", this::bootstrapScript);
        server.createContext("/api/bootstrap", this::bootstrap);
        server.createContext("/api/flags", this::flags);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public void start() {
        server.start();
        log.info("Admin server listening on {}", server.getAddress());
    }

    public void stop() {
        server.stop(1);
    }

    private void bootstrapScript(HttpExchange exchange) throws IOException {
        String js = "window.POSTHOG_KEY = '" + posthog.getProjectApiKey() + "';\n"
                + "window.POSTHOG_HOST = '" + posthog.getHost() + "';\n";
        exchange.getResponseHeaders().add(PostHogConstants.KEY_HEADER, posthog.getProjectApiKey());
        send(exchange, 200, "application/javascript", js);
    }

    private void bootstrap(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        BootstrapPayload payload = new BootstrapPayload(
                posthog.getProjectApiKey(),
                posthog.getHost(),
                posthog.getFlagsSecureKey(),
                PostHogConstants.POLL_INTERVAL_SECONDS);
        String json = mapper.writeValueAsString(payload);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length());
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void flags(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        try {
            JsonNode flags = flagsApi.fetchDefinitions();
            exchange.getResponseHeaders().add("X-Flags-Source-Key", posthog.getFlagsSecureKey());
            send(exchange, 200, "application/json", mapper.writeValueAsString(flags));
        } catch (FlagSyncException e) {
            log.warn("Flag sync failed with HTTP status {}", e.status());
            byte[] error = ("Upstream error: " + e.getMessage()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(502, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
        }
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.equals("Bearer " + adminApiToken)) {
            log.warn("Rejected admin call from {} with Authorization '{}'", exchange.getRemoteAddress(), authorization);
            send(exchange, 401, "text/plain", "unauthorized");
            return false;
        }
        return true;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
