package com.northwind.cohorts.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.cohorts.config.JobSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;

/** Shows the effective configuration of the run, so a wrong override is easy to spot. */
final class ConfigHandler implements HttpHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record EffectiveConfig(String appName, int partitions, String posthogHost,
                           String projectApiKey, String flagsSecureKey) {
    }

    private final JobSettings settings;

    ConfigHandler(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        EffectiveConfig effective = new EffectiveConfig(
                settings.getAppName(),
                settings.getPartitions(),
                settings.getPosthogHost(),
                settings.getProjectApiKey(),
                settings.getPosthogSecretKey());
        byte[] body = MAPPER.writeValueAsBytes(effective);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
