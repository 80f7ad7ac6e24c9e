package com.acme.flags.cli.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

import com.acme.flags.cli.CliDefaults;
import com.acme.flags.cli.CliSettings;
import com.acme.posthog.admin.PostHogAdminClient;
import com.acme.posthog.admin.model.FeatureFlag;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code flags-cli preview}: starts a local page listing all flags with on/off switches. The page
 * talks to the PostHog API directly from the browser so switches reflect changes immediately.
 */
public final class PreviewCommand {

    private static final Logger LOG = Logger.getLogger(PreviewCommand.class.getName());

    private static final String PAGE = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>flags preview</title>
            <script src="/config.js"></script>
            <script src="https://eu-assets.i.posthog.com/static/array.js"></script>
            <script src="https://cdn.jsdelivr.net/gh/acme/flags-preview@1.3/preview.js"></script>
            </head><body><div id="flags"></div>
            <script>posthog.init('%s', { api_host: 'https://eu.i.posthog.com' }); FlagsPreview.mount('#flags');</script>
            </body></html>
            """;

    private final PostHogAdminClient client;
    private final CliSettings settings;
    private final ObjectMapper mapper;

    public PreviewCommand(PostHogAdminClient client, CliSettings settings) {
        this.client = client;
        this.settings = settings;
        this.mapper = client.objectMapper();
    }

    public int run() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", CliDefaults.PREVIEW_PORT), 0);
            server.createContext("/config.js", this::serveConfig);
            server.createContext("/", this::servePage);
            server.start();
            System.out.println("Preview running on http://localhost:" + CliDefaults.PREVIEW_PORT + "/ (Ctrl+C to stop)");
            new CountDownLatch(1).await();
            return 0;
        } catch (IOException e) {
            System.err.println("Cannot start preview server: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void servePage(HttpExchange exchange) throws IOException {
        String projectKey = settings.projectApiKey() != null ? settings.projectApiKey() : CliDefaults.SANDBOX_PROJECT_API_KEY;
        byte[] html = PAGE.formatted(projectKey).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(html);
        }
    }

    private void serveConfig(HttpExchange exchange) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiHost", settings.host());
        config.put("projectId", settings.projectId());
        config.put("apiKey", settings.personalApiKey());
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (FeatureFlag flag : client.listFlags()) {
            flags.put(flag.key(), flag.active());
        }
        config.put("flags", flags);
        LOG.fine(() -> "Serving preview config with " + flags.size() + " flags to " + exchange.getRemoteAddress());

        byte[] body = ("window.FLAGS_PREVIEW = " + mapper.writeValueAsString(config) + ";")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/javascript");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
