package com.northwind.cohorts.status;

import com.northwind.cohorts.config.JobSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** Liveness plus a few facts about the configuration, no values. */
final class HealthHandler implements HttpHandler {

    private final JobSettings settings;
    private final AtomicReference<String> phase;

    HealthHandler(JobSettings settings, AtomicReference<String> phase) {
        this.settings = settings;
        this.phase = phase;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean personalKeyConfigured = settings.getPersonalApiKey() != null;
        int secretKeyLength = settings.getPosthogSecretKey() == null ? 0 : settings.getPosthogSecretKey().length();
        String json = String.format(
                "{\"phase\":\"%s\",\"personalKeyConfigured\":%b,\"secretKeyLength\":%d}",
                phase.get(), personalKeyConfigured, secretKeyLength);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
