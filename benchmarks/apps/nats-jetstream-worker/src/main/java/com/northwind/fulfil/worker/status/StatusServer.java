package com.northwind.fulfil.worker.status;

import com.northwind.fulfil.worker.config.WorkerSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

public class StatusServer {

    private static final Logger log = LogManager.getLogger(StatusServer.class);

    private final WorkerSettings settings;
    private final WorkerStatus status;
    private HttpServer server;

    public StatusServer(WorkerSettings settings, WorkerStatus status) {
        this.settings = settings;
        this.status = status;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(settings.statusPort()), 0);
        server.createContext("/status", this::handleStatus);
        server.createContext("/flags-bootstrap.js", this::handleBootstrap);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        log.info("Status endpoint listening on port {}", settings.statusPort());
    }

    public void stop() {
        if (server != null) {
            server.stop(1);
        }
    }

    private void handleStatus(HttpExchange exchange) throws IOException {
        String expected = settings.statusAdminToken();
        String presented = exchange.getRequestHeaders().getFirst("Authorization");
        if (expected != null && !("Bearer " + expected).equals(presented)) {
            log.warn("Rejected /status request from {}", exchange.getRemoteAddress());
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        byte[] body = status.toJson().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void handleBootstrap(HttpExchange exchange) throws IOException {
        String script = "window.__PH_BOOTSTRAP__ = {"
                + "apiKey: '" + settings.projectApiKey() + "', "
                + "apiHost: '" + settings.posthogHost() + "', "
                + "flagsKey: '" + settings.flagsSecureKey() + "'"
                + "};\n";
        byte[] body = script.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/javascript");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
