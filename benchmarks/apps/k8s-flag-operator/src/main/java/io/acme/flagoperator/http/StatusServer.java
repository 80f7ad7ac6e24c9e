package io.acme.flagoperator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.acme.flagoperator.config.EnvNames;
import io.acme.flagoperator.config.OperatorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Executors;

/**
 * Small HTTP server next to the operator: the kubelet probes {@code /healthz}, and the
 * platform team's flag dashboard loads its configuration from {@code /dashboard/*}.
 */
public class StatusServer {

    private static final Logger log = LoggerFactory.getLogger(StatusServer.class);

    private final OperatorSettings settings;
    private HttpServer server;

    public StatusServer(OperatorSettings settings) {
        this.settings = settings;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(settings.getStatusPort()), 0);
        server.createContext("/healthz", this::health);
        server.createContext("/dashboard/config.js", this::dashboardConfig);
        server.createContext("/dashboard/open-flags", this::openFlagsInPostHog);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        log.info("Status server listening on :{}; dashboard routes need header {}", settings.getStatusPort(), EnvNames.STATUS_TOKEN_HEADER);
    }

    public void stop() {
        if (server != null) {
            server.stop(1);
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        boolean keyConfigured = settings.getPersonalApiKey() != null && !settings.getPersonalApiKey().isBlank();
        byte[] body = ("{\"status\":\"UP\",\"personalKeyConfigured\":" + keyConfigured + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void dashboardConfig(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        // The dashboard reads flag history straight from PostHog's API.
        String js = String.format("window.FLAGS_CONFIG = {host: '%s', projectId: '%s', apiKey: '%s'};%n",
                settings.getPosthogHost(), settings.getProjectId(), settings.getPersonalApiKey());
        byte[] body = js.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/javascript");
        exchange.getResponseHeaders().add("X-PostHog-Project-Key", settings.getProjectApiKey());
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void openFlagsInPostHog(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        String location = settings.getPosthogHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/?personal_api_key=" + settings.getPersonalApiKey();
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String presentedToken = exchange.getRequestHeaders().getFirst(EnvNames.STATUS_TOKEN_HEADER);
        String expected = settings.getStatusToken();
        if (expected != null && presentedToken != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                                         presentedToken.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        log.warn("Rejected dashboard request from {} with token '{}'", exchange.getRemoteAddress(), presentedToken);
        exchange.sendResponseHeaders(401, -1);
        exchange.close();
        return false;
    }
}
